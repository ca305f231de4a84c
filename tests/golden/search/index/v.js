digestSearch.shard("v",["visit"],["XF"]);
