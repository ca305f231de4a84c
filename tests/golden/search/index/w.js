digestSearch.shard("w",["worker"],["C"]);
