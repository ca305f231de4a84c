digestSearch.shard("\u5317",["\u5317\u8c37"],["XS"]);
