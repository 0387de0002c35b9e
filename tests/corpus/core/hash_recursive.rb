h = {a: 1}
h[:self] = h
p h
puts h.to_s
a = [h]
p a
h2 = {k: [1]}
h2[:k] << h2
p h2, h == h
