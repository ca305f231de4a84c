digestSearch.shard("vi",["visit"],["1"],[""]);
