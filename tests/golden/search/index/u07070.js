digestSearch.shard("\u7070",["\u7070\u6d45"],["Q"]);
