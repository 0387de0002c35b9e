h = {}
h[nil] = :nil
h[true] = :t
h[[1, 2]] = :arr
h[{a: 1}] = :hash
h[1..2] = :range
h[:s] = :sym
h[2**70] = :big
h[-0.0] = :negz
p h, h[nil], h[[1, 2]], h[{a: 1}], h[1..2], h[2**70], h[0.0], h.size
