digestSearch.shard("mi",["million"],["00"],[""]);
