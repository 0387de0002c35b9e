h = {a: 1, b: 2}
p h.transform_values { _1 * 10 }, h.transform_keys(&:to_s), h.transform_keys(a: :x), h.transform_keys({a: :x}) { _1.to_s }
p h.to_h { |k, v| [v, k] }, h.invert, h.map { |k, v| [k, v + 1] }.to_h, h.sum([]) { |k, v| [v] }
h2 = h.dup
h2.transform_values!(&:to_s)
h2.transform_keys!(&:upcase)
p h2, h
p h.filter_map { |k, v| "#{k}!" if v > 1 }, h.each_with_object({}) { |(k, v), acc| acc[v] = k }
