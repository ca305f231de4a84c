digestSearch.shard("to",["tourism","tourist"],["1","1"],["1",""]);
