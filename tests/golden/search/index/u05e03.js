digestSearch.shard("\u5e03",["\u5e03\u4f26"],["Q"]);
