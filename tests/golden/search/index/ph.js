digestSearch.shard("ph",["photo"],["0"],[""]);
