digestFigures.column("theme","0001");
