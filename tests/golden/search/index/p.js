digestSearch.shard("p",["percent","photo","plan","province"],["0","0","0","1"],["","","",""]);
