# compare_by_identity: keys are the objects themselves
a = "k"
b = "k"
h = {}.compare_by_identity
h[a] = 1
h[b] = 2
p h.size, h[a], h[b], h["k"], h.keys.map(&:frozen?)
h[1] = :int
h[:s] = :sym
h[1.5] = :float
p h[1], h[:s], h[1.5], h.compare_by_identity?
d = h.dup
p d.compare_by_identity?, d.size, d[a]
p({1 => 2} == {1 => 2}.compare_by_identity, {}.compare_by_identity == {})
x = {a: 1, b: 2}
x.compare_by_identity
x[:c] = 3
p x, x.compare_by_identity?
big = (1..20).to_h { [_1.to_s, _1] }
keys = big.keys
big.compare_by_identity
p big.size, big[keys[3]], big["4"], big.keys.first(3)
p Hash[big].compare_by_identity?, big.merge({}).compare_by_identity?, big.select { true }.compare_by_identity?
p big.reject { false }.compare_by_identity?, big.to_h.compare_by_identity?, big.transform_values { 0 }.compare_by_identity?
big.rehash
p big.size, big[keys[0]]
