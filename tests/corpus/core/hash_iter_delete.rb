# Deleting during #each: an entry deleted ahead of the walk is never visited; the walk
# goes on past the current entry when it is deleted
h = {a: 1, b: 2, c: 3, d: 4}
seen = []
h.each { |k, v| seen << k; h.delete(:c) if k == :a; h.delete(k) if k == :b }
p seen, h
big = (1..30).to_h { |i| [i, i * i] }
seen = []
big.each { |k, v| seen << k; big.delete(k + 1); big.delete(k - 3) if k > 10 }
p seen, big.size, big.keys.first(5)
ks = []
h = {x: 1, y: 2, z: 3}
h.each_key { |k| ks << k; h.delete(:z) }
p ks, h
vs = []
h = {x: 1, y: 2, z: 3}
h.each_value { |v| vs << v; h.delete(:x) }
p vs, h
h = (1..12).to_h { [_1, _1] }
h.each_pair { |k, v| h.delete(k) }
p h, h.size, h.empty?
h[:new] = 1
p h
