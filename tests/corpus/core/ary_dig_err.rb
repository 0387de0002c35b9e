a = [1, [2, 3]]
p a.dig(1, 0)
a.dig(0, 0)
