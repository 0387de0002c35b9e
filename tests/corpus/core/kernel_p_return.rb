r = p(1)
p r
r = p(1, 2, 3)
p r
r = p
p r
r = p([])
p r
r = p nil
p r
