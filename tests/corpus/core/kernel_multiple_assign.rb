a, b, *c = 1, 2, 3, 4
p a, b, c
x, (y, z), w = 1, [2, 3], 4
p [x, y, z, w]
h, = [9, 8]
p h
*init, last = [1, 2, 3]
p init, last
m, n = n, m
p [m, n]
q = r = 5
p q + r
first, second = "a b".split
p first, second
