digestSearch.shard("c",["check"],["0"],[""]);
