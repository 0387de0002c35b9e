first, *mid, last = 1, 2, 3, 4
p first, mid, last
