a = [1, 2]
p a.size
