def tgt(x, y, z: 0) = [x, y, z]
def fwd2(a, ...) = tgt(a, ...)
p fwd2(1, 2, z: 3)
