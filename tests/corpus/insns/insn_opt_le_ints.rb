a = 2
p a <= 2
