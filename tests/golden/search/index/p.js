digestSearch.shard("p",["percent","photo","plan","provinc"],["0","0","0","1"],["","","",""]);
