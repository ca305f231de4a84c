digestSearch.shard("b",["billion","brenton","build"],["0","0","0"],["","","0"]);
