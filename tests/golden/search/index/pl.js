digestSearch.shard("pl",["plan"],["0"],[""]);
