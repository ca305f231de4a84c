digestSearch.shard("r",["rebound","refuelling"],["1","0"],["1",""]);
