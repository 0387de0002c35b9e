a = [1, 2]
a << a
p a
a.flatten
