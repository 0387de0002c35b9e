a, b = [1, 2]
p a, b
