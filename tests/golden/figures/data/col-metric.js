digestFigures.column("metric","0123");
