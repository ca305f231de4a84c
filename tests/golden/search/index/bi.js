digestSearch.shard("bi",["billion"],["0"],[""]);
