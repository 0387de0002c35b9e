a, *b = 1, 2, 3
*c, d = 4, 5, 6
p a, b, c, d
