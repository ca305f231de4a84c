digestSearch.shard("pr",["province"],["1"],[""]);
