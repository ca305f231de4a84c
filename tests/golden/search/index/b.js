digestSearch.shard("b",["billion","brenton","build"],["C","R","Q"]);
