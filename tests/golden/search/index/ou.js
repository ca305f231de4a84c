digestSearch.shard("ou",["output"],["0"],[""]);
