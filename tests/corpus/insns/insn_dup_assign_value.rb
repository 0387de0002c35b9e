a = b = 5
p a, b
