def kw(a:, b: a * 2, **rest) = [a, b, rest]

p kw(a: 1)
p kw(a: 1, b: 5)
p kw(b: 0, a: 3, c: 9)
h = { a: 10 }
p kw(**h)
p kw(**h, z: 1)
