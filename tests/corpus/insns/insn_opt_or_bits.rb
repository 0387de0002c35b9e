a = 4
p a | 1
