digestSearch.shard("in",["invented"],["0"],[""]);
