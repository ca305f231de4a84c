digestSearch.shard("i",["invented"],["0"],[""]);
