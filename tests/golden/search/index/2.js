digestSearch.shard("2",["2025"],["C"]);
