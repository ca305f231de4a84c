digestSearch.shard("3",["350"],["C"]);
