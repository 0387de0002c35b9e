h = {}.compare_by_identity
a = "key"
b = "key".dup
h[a] = 1
h[b] = 2
p h.size, h[a], h[b], h["key"], h.compare_by_identity?, {}.compare_by_identity?
p h
s = {}.compare_by_identity
s[:sym] = 1
s[:sym] = 2
s[1] = :i
s[1] = :j
p s
