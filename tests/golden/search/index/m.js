digestSearch.shard("m",["mad","million"],["XF","CF"]);
