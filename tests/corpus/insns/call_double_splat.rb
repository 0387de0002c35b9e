def g(x:, y: 0) = x + y
h = { x: 1, y: 2 }
p g(**h)
