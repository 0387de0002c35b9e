h = {b: 2, a: 1, c: 3}
p h.sort_by { |k, v| k }, h.min_by { |k, v| v }, h.sum { |k, v| v }
p h.map(&:last), h.each_slice(2).to_a, h.zip([1, 2, 3]).first
p h.inject(0) { |s, (_, v)| s + v }, h.to_a.flatten
p h.each_with_index.map { |(k, v), i| "#{i}#{k}#{v}" }
p h.find_all { |k, v| v > 1 }, h.sort_by(&:last).to_h
p h.flat_map { |k, v| [k] * v }
p h.min_by(2, &:last), h.reduce { |a, b| a.last > b.last ? a : b }
