%w[a b c].each_with_index { |s, i| puts "#{i}:#{s}" }
p %w[a b c].each_with_index.to_a
p %w[a b c].each_with_index.map { |s, i| s * (i + 1) }
p %w[a b c].map.with_index(1) { |s, i| "#{i}.#{s}" }
{x: 1, y: 2}.each_with_index { |(k, v), i| p [k, v, i] }
p (10..12).each_with_index.select { |x, i| i.odd? }
r = [5, 6].each_with_index { }
p r
