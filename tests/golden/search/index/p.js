digestSearch.shard("p",["percent","photo","plan","provinc"],["C","C","C","XS"]);
