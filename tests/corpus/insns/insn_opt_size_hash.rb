h = { a: 1 }
p h.size
