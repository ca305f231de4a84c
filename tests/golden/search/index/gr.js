digestSearch.shard("gr",["grew"],["0"],[""]);
