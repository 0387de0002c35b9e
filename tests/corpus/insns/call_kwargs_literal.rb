def k(a:, b:) = a - b
p k(b: 1, a: 5)
