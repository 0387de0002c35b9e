# to_a, keys, values, each_with_index and map all see insertion order, after any mix of
# inserts, overwrites, deletes and rebuilds
h = {}
100.times { |i| h[i] = i }
(0...100).step(3) { |i| h.delete(i) }
100.upto(130) { |i| h[i] = i }
h[1] = :one
a = h.to_a
p a.first(4), a.last(2), a.size
p h.keys == a.map(&:first), h.values == a.map(&:last)
p h.each_with_index.first(3)
p h.map { |k, v| k }.first(5)
p h.min_by { |k, v| -k.to_s.size }, h.sum { |k, v| k }
p h.to_a.flatten.size, h.flatten.size
p h.sort_by { |k, v| -k }.first(2)
p h.entries.last
p h.find { |k, v| k > 50 }
p h.each_slice(40).map(&:size)
p h.group_by { |k, v| k % 2 }.transform_values(&:size)
p h.partition { |k, v| k < 60 }.map(&:size)
