def ends(first, *mid, last) = [first, mid, last]
def two_post(*pre, a, b) = [pre, a, b]

p ends(1, 2)
p ends(1, 2, 3, 4)
p two_post(1, 2)
p two_post(1, 2, 3)
def opt_post(a, b = :b, c) = [a, b, c]
p opt_post(1, 2)
p opt_post(1, 2, 3)
