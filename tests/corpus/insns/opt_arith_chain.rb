a, b, c = 2, 3, 4
p a + b * c - a / b % c
