digestSearch.shard("v",["visit"],["1"],[""]);
