digestFigures.column("source","1032");
