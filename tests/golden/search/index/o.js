digestSearch.shard("o",["output","over"],["C","C"]);
