digestSearch.shard("hu",["hub"],["0"],["0"]);
