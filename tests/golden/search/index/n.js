digestSearch.shard("n",["northval"],["1"],["1"]);
