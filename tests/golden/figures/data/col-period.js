digestFigures.column("period","1032");
