digestSearch.shard("br",["brenton"],["0"],[""]);
