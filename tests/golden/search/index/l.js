digestSearch.shard("l",["last"],["0"],[""]);
