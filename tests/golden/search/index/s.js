digestSearch.shard("s",["scenic","spent","station"],["1","0","0"],["","",""]);
