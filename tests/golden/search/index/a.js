digestSearch.shard("a",["about","add","area","ashford","ashforde"],["1","0","1","0","0"],["","","","0",""]);
