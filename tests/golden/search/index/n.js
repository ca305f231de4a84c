digestSearch.shard("n",["northvale"],["1"],["1"]);
