digestSearch.shard("c",["check"],["C"]);
