digestSearch.shard("w",["worker"],["0"],[""]);
