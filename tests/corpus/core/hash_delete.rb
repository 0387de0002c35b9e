h = {a: 1, b: 2, c: 3}
p h.delete(:a), h, h.delete(:zz), h.delete(:zz) { |k| "no #{k}" }, h.shift, h, {}.shift
h.store(:d, 4)
h[:e] = 5
p h, h.length
p h.clear, h, h.empty?
g = {k: 1}
p g.replace({n: 2}), g
