digestSearch.shard("l",["last"],["C"]);
