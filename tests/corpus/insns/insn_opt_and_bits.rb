a = 6
p a & 3
