# Insertion order: overwriting keeps a key's place, deleting and re-adding moves it last
h = {a: 1, b: 2, c: 3}
h[:a] = 10
p h
h.delete(:a)
h[:a] = 11
p h, h.keys, h.values, h.to_a
h.store(:b, 20)
p h.first, h.first(2)
big = {}
20.times { |i| big[i] = i }
big.delete(0)
big[0] = :back
big[5] = :five
p big.keys, big.first, big.to_a.last
10.times { |i| big.delete(i * 2) }
10.times { |i| big[i * 2] = -i }
p big.keys
p big.values_at(0, 1, 18, 19, 99)
