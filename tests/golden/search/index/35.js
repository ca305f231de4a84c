digestSearch.shard("35",["350"],["0"],[""]);
