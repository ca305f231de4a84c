digestSearch.shard("r",["rebound","refuell"],["1","0"],["1",""]);
