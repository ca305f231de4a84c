digestFigures.column("order","0123");
