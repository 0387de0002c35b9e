def opt_hash(h = {}, **kw) = [h, kw]
def rest_kw(*a, **kw) = [a, kw]

p opt_hash({ x: 1 })
p opt_hash(x: 1)
p rest_kw({ x: 1 })
p rest_kw(x: 1)
p rest_kw({ x: 1 }, y: 2)
def last_pos(a, b) = [a, b]
p last_pos(1, x: 2)
p last_pos(1, **{ x: 2 })
