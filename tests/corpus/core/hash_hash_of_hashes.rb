# Hash#hash: equal hashes hash alike whatever their order, so hashes can be keys
a = {a: 1, b: [2, 3]}
b = {b: [2, 3], a: 1}
p a.hash == b.hash, a.eql?(b)
outer = {a => :found}
p outer[b], outer[{a: 1}]
big1 = (1..30).to_h { [_1, _1 * 2] }
big2 = big1.to_a.reverse.to_h
p big1.hash == big2.hash
keys = {big1 => 1}
p keys[big2]
p({}.hash == {}.hash, {a: 1}.hash == {a: 1.0}.hash)
k = {x: 1}
h = {k => :v}
k[:y] = 2
p h[k], h[{x: 1}]
h.rehash
p h[k], h[{x: 1, y: 2}]
p [{a: 1}, {a: 1}, {b: 1}].uniq.size, [{a: 1}, {a: 1}].tally.values
