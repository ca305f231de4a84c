digestSearch.shard("g",["grew"],["C"]);
