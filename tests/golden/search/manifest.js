digestSearch.manifest({"format":1,"documents":2,"chunk":100,"chunks":1,"key":1,"shards":["1","2","3","4","a","b","c","d","g","h","i","l","m","n","o","p","r","s","t","v","w","y"]});
