def cube(n) = n ** 3
p cube(2)
