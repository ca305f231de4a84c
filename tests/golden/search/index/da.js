digestSearch.shard("da",["daily"],["0"],[""]);
