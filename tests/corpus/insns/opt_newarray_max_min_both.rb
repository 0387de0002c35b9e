a, b, c = 3, 1, 2
p [a, b, c].max, [a, b, c].min
