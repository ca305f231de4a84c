digestSearch.shard("h",["hub","hydrogen"],["R","R"]);
