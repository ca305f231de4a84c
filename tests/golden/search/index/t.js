digestSearch.shard("t",["tank","tourism","tourist"],["C","XS","XF"]);
