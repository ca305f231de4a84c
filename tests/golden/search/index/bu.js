digestSearch.shard("bu",["build"],["0"],["0"]);
