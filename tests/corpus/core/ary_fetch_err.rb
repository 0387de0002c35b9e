a = [1, 2, 3]
p a.fetch(1)
a.fetch(10)
