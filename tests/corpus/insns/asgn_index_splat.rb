a = [0, 0, 0]
idx = [1]
a[*idx] = 5
p a
