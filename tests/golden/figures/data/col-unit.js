digestFigures.column("unit","0211");
