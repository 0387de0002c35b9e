h = {}
h[:z] = 1
h[:a] = 2
h[:m] = 3
p h, h.keys, h.values
h[:z] = 10
p h
h.delete(:a)
h[:a] = 20
p h
p h.to_a, h.first, h.min_by { _2 }, h.sort.to_h
