digestSearch.shard("d",["daily"],["C"]);
