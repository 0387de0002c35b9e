r = %w[a b c].each.with_object([]) { |s, acc| acc.unshift(s) }
p r
r = (1..3).each_entry.with_object({}) { |x, h| h[x] = x * x }
p r
e = [1, 2].map.with_object(:o)
p e.to_a
