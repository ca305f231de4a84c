digestSearch.shard("sp",["spent"],["0"],[""]);
