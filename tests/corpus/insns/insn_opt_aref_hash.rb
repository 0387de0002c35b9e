h = { a: 1 }
p h[:a]
