digestSearch.shard("re",["rebound","refuelling"],["1","0"],["1",""]);
