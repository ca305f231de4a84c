digestSearch.shard("wo",["worker"],["0"],[""]);
