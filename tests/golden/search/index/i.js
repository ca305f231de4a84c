digestSearch.shard("i",["invent"],["C"]);
