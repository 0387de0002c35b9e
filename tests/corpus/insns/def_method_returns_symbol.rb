r = def named = 1
p r
