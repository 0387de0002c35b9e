v = 1
w = v
p w
