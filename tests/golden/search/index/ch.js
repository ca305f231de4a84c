digestSearch.shard("ch",["check"],["0"],[""]);
