digestSearch.shard("4",["40"],["C"]);
