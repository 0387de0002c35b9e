# The other readers of the table: invert, key, rassoc, slice, except, dig, fetch_values ...
h = {a: 1, b: 2, c: 1}
p h.invert, h.key(1), h.rassoc(1), h.assoc(:b), h.slice(:c, :a, :zz), h.except(:a)
p h.fetch_values(:a, :c), h.values_at(:c, :q), h.dig(:a), {x: {y: {z: 1}}}.dig(:x, :y, :z)
p h.any? { |k, v| v > 1 }, h.all? { |k, v| v > 0 }, h.none?, h.count, h.sum { |k, v| v }
p h.min_by { |k, v| v }, h.max_by { |k, v| v }, h.sort_by { |k, v| [-v, k] }
p h.filter_map { |k, v| k if v == 1 }, h.flat_map { |k, v| [k] * v }, h.each_with_object([]) { |(k, v), a| a << v }
p h.to_a.transpose, h.flatten, h.to_h { |k, v| [v, k] }, h.group_by { |k, v| v }.keys
p %i[a b zz].map(&h), h.find_all { |k, v| v == 1 }, h.reduce(0) { |s, (k, v)| s + v }
big = (1..25).to_h { [_1, _1 % 4] }
p big.invert, big.key(0), big.slice(3, 30, 24), big.except(*1..20), big.count { |k, v| v.zero? }
p big.min(2), big.max, big.sort.last, big.each_slice(10).to_a.last
class MyHash < Hash; end
m = MyHash[a: 1]
p m.class, m.dup.class, m.merge({}).class, m.select { true }.class, m.reject { true }.class, m.to_h.class
p Hash.new(5).select { true }.default, Hash.new(5).dup.default, Hash.new(5).merge({}).default
