digestSearch.shard("n",["northval"],["XT"]);
