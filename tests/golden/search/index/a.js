digestSearch.shard("a",["about","add","area","ashford"],["XF","C","XF","T"]);
