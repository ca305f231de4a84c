digestSearch.shard("d",["daily"],["0"],[""]);
