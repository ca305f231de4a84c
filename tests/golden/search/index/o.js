digestSearch.shard("o",["output","over"],["0","0"],["",""]);
