digestSearch.shard("ye",["year"],["0"],[""]);
