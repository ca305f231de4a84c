digestFigures.column("usd","1000");
