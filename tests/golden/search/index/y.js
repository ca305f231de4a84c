digestSearch.shard("y",["year","yuan"],["0","0"],["",""]);
