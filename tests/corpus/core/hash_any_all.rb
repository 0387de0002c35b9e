h = {a: 1, b: nil}
p h.any?, h.all? { |k, v| v }, h.any? { |k, v| v.nil? }, h.none? { |k, v| k == :c }, h.one? { _2 }, h.count(&:last)
p h.map { |pair| pair.class }, h.map { |k| k.class }, h.map(&:first), h.each_entry.to_a
