digestSearch.shard("no",["northvale"],["1"],["1"]);
