a = 3
p a > 2
