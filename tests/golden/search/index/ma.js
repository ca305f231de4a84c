digestSearch.shard("ma",["made"],["1"],[""]);
