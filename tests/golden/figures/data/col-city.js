digestFigures.column("city","0012");
