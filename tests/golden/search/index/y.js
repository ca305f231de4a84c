digestSearch.shard("y",["year","yuan"],["C","C"]);
