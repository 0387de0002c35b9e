a = 1
p a < 2
