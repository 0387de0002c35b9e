a = 1
b = 2
p [a, b, a + b]
