digestSearch.shard("yu",["yuan"],["0"],[""]);
