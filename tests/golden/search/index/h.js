digestSearch.shard("h",["hub","hydrogen"],["0","0"],["0","0"]);
