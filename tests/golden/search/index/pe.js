digestSearch.shard("pe",["percent"],["0"],[""]);
