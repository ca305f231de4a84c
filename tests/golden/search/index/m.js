digestSearch.shard("m",["mad","million"],["1","00"],["",""]);
