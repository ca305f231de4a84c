digestFigures.column("value","3012");
