a = 3.14
b = :sym
c = true
d = 1..5
p a, b, c, d
