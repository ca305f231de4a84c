digestSearch.shard("m",["made","million"],["1","00"],["",""]);
