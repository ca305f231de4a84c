digestFigures.column("status","0010");
