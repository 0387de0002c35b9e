h = { k: 1 }
r1 = (h in { k: Integer })
r2 = (5 in String)
p r1, r2
