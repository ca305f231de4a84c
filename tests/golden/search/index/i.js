digestSearch.shard("i",["invent"],["0"],[""]);
