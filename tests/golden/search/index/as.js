digestSearch.shard("as",["ashford"],["0"],["0"]);
