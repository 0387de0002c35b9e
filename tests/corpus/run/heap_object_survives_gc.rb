keep = Array.new(100) { |i| "string #{i}" }
h = { list: keep, meta: { n: 100 } }
GC.start
GC.start
p keep.size
p keep[42]
p h[:meta][:n]
p h[:list].equal?(keep)
big = (1..10_000).map { |i| [i, i.to_s] }
GC.start
p big.sum { |a, _| a }
