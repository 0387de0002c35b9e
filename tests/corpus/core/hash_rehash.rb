k = [1, 2]
h = {k => :v}
p h[[1, 2]]
k << 3
p h[[1, 2, 3]], h[[1, 2]], h.keys, h
h.rehash
p h[[1, 2, 3]], h
s = "str"
hs = {s => 1}
s << "!"
p hs, hs["str"], hs["str!"]
