a, b, *c = 1, 2, 3, 4, 5
p [a, b, c]
x, (y, z), w = 1, [2, 3], 4
p [x, y, z, w]
*init, last = [1, 2, 3]
p [init, last]
m, n = n, m
p [m, n]
q = r = 5
p [q, r]
s, t = [10]
p [s, t]
