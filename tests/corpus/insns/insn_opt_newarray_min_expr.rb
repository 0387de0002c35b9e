n = 10
p [n, n / 3, 7].min
