digestSearch.shard("r",["rebound","refuell"],["XS","C"]);
