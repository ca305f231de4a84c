digestSearch.shard("12",["12"],["0"],[""]);
