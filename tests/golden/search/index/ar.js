digestSearch.shard("ar",["area"],["1"],[""]);
