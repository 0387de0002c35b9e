def last2(*, x, y) = [x, y]
p last2(1, 2, 3)
