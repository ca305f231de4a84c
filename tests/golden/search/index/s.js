digestSearch.shard("s",["scenic","spent","station"],["XF","C","C"]);
