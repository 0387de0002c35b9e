h = {a: 1, b: 2, c: 3, d: 4}
p h.select! { |k, v| v > 1 }, h, h.select! { true }, h.reject! { |k, v| v == 2 }, h, h.reject! { false }
p h.keep_if { |k, v| v < 4 }, h.delete_if { |k, v| k == :c }, h
g = {x: 1, y: 2}
p g.filter! { _2 == 1 }, g
