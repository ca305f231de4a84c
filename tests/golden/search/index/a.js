digestSearch.shard("a",["about","add","area","ashford"],["1","0","1","0"],["","","","0"]);
