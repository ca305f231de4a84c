digestSearch.shard("ov",["over"],["0"],[""]);
