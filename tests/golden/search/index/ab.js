digestSearch.shard("ab",["about"],["1"],[""]);
