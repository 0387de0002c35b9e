a = 10
p a - 3
