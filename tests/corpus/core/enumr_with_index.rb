e = %w[a b c].each
p e.with_index(1).to_a
p e.with_index.map { |s, i| s * i }
p %w[a b c].map.with_index(1).to_a
p %w[x y].each_with_index.to_a
p %w[x y].select.with_index { |s, i| i == 1 }
p [5, 6].each.with_index(-1).map { |x, i| [x, i] }
p (1..3).each_with_index.map { _1 * _2 }
