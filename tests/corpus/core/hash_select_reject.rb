h = {a: 1, b: 2, c: 3, d: 4}
p h.select { |k, v| v.even? }, h.filter { |k, v| k == :a }, h.reject { |k, v| v > 2 }, h.filter_map { |k, v| k if v.odd? }
p h.find { |k, v| v > 2 }, h.detect { false }, h.count { |k, v| v > 1 }, h.partition { |k, v| v < 3 }
p h.min_by { |k, v| -v }, h.max_by { |_, v| v }, h.sort_by { |k, v| -v }, h.sum { |k, v| v }, h.group_by { |k, v| v.odd? }
p h.any? { |k, v| v > 3 }, h.all? { |k, v| v > 0 }, h.none?, {}.any?, h.empty?, {}.empty?, h.size, h.length
p h.find_all { _2 > 2 }, h.sort_by { _2 }.reverse.to_h.keys, h.each_slice(3).map(&:to_h)
