digestSearch.shard("la",["last"],["0"],[""]);
