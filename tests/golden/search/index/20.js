digestSearch.shard("20",["2025"],["0"],[""]);
