digestSearch.shard("hy",["hydrogen"],["0"],["0"]);
