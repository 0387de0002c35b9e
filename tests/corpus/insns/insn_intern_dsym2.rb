i = 3
h = { "item#{i}": 1 }
p h
