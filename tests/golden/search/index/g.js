digestSearch.shard("g",["grew"],["0"],[""]);
