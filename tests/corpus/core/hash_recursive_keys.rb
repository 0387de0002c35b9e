# A hash that is its own key: #hash of a hash inside itself is a marker, and the entry is
# filed under the hash the key had when it went in
h = {}
h[h] = 1
p h.size, h.hash == h.hash, h[h]
h.rehash
p h[h]
a = []
a << a
g = {a => 1}
p g[a]
