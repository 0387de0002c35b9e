h = { a: 1, b: 2 }
p h
