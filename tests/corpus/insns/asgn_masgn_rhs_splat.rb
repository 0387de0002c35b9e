xs = [2, 3]
a, b, c = 1, *xs
p [a, b, c]
