digestSearch.shard("1",["12"],["C"]);
