digestSearch.shard("t",["tank","tourism","tourist"],["0","1","1"],["","1",""]);
