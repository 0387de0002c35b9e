# A key changed after it went in keeps its old hash in the table until #rehash
a = [1]
b = [2]
h = {a => :a, b => :b}
b[0] = 1
p h, h.size, h[[1]], h[[2]], h.key?(b)
h.rehash
p h, h.size, h[[1]]
k = [1, 2]
h = {k => 1}
k << 3
p h[[1, 2]], h[[1, 2, 3]], h[k]
h[k] = 2
p h, h.size, h[k]
p h.rehash, h.size
keys = (1..20).map { |i| [i] }
big = keys.to_h { |kk| [kk, kk[0]] }
keys.each { |kk| kk[0] += 100 }
p big[[5]], big[[105]]
big.rehash
p big[[105]], big.size, big.keys.first(3)
keys.each { |kk| kk[0] = 0 }
p big.rehash, big.size
s = "str"
hs = {s => 1}
s << "!"
p hs, hs["str"], hs.keys[0].frozen?
