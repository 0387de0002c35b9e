def two(a, b) = a + b
p two(1, 2)
two(1)
