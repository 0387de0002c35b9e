r = (a, b = 3, 4)
p r
