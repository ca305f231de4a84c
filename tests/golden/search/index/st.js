digestSearch.shard("st",["station"],["0"],[""]);
