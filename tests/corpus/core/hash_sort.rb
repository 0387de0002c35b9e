h = {"banana" => 3, "apple" => 5, "cherry" => 1, "date" => 5}
p h.sort, h.sort_by { |k, v| v }, h.sort_by { |k, v| [-v, k] }, h.min_by { _2 }, h.max_by { _2 }
p h.sort { |(k1, v1), (k2, v2)| v2 <=> v1 }.first(2), h.sort.to_h.keys, h.to_a.sort_by(&:last).map(&:first)
p h.sum { _2 }, h.values.sum, h.keys.sort.first, h.sort_by(&:last).last
