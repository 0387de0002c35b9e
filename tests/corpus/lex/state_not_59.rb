not x
not(x)
not -1
x = (not y)
p((not z))
