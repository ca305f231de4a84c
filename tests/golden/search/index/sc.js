digestSearch.shard("sc",["scenic"],["1"],[""]);
