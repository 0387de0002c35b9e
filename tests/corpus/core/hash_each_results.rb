# The iterators return self, yield pairs, and see values changed during the walk
h = {a: 1, b: 2, c: 3}
p h.each { }.equal?(h), h.each_pair { }.equal?(h), h.each_key { }.equal?(h), h.each_value { }.equal?(h)
got = []
h.each { |pair| got << pair }
h.each { |k, v| h[:c] = 30 if k == :a; got << v }
p got
h.transform_values! { |v| v * 2 }
p h
h.each { |k, v| h[k] = v + 1 }
p h
e = h.each
p e.next, e.next, e.size
p h.each_with_index.map { |(k, v), i| [k, i] }
big = (1..20).to_h { [_1, _1] }
seen = 0
big.each_value { |v| seen += v; big[v] = -v }
p seen, big.values.first(3)
p({}.each { raise }, {}.each_key.to_a)
