digestSearch.shard("40",["40"],["0"],[""]);
