def add3(a, b, c) = a + b + c
args = [1, 2, 3]
p add3(*args)
