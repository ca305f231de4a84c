digestSearch.shard("ad",["add"],["0"],[""]);
