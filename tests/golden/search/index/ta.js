digestSearch.shard("ta",["tank"],["0"],[""]);
