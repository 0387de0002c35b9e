h = {a: 1, b: 2, "c" => nil}
p h.key?(:a), h.has_key?("c"), h.include?(:b), h.member?(:z), h.value?(2), h.has_value?(nil), h.value?(9)
p h.key(2), h.key(nil), h.key(99), h.keys, h.values, h.values_at(:a, :z, "c"), h.to_a, h.length
p h.assoc(:b), h.rassoc(2), h.invert, h.count, h.sort_by { _1.to_s }, h.min_by { _1.to_s }
p h.compact, h.slice(:a, "c", :q), h.except(:a), h.filter_map { _1 if _2 }, h.sum { _2.to_i }
