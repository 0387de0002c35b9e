# delete_if / reject! / select! / keep_if / filter! / compact!: results and what remains
def show(label, r, h) = puts("#{label}: #{r.equal?(h) ? 'self' : r.inspect} #{h}")
h = {a: 1, b: 2, c: 3, d: 4}
show "delete_if", h.delete_if { |k, v| v.even? }, h
show "delete_if none", h.delete_if { false }, h
h = {a: 1, b: 2, c: 3, d: 4}
show "reject!", h.reject! { |k, v| v > 2 }, h
show "reject! none", h.reject! { false }, h
h = {a: 1, b: 2, c: 3, d: 4}
show "select!", h.select! { |k, v| v > 1 }, h
show "select! none", h.select! { true }, h
h = {a: 1, b: 2, c: 3, d: 4}
show "keep_if", h.keep_if { |k, v| k != :b }, h
show "keep_if none", h.keep_if { true }, h
show "filter!", h.filter! { |k, v| v == 3 }, h
big = (1..30).to_h { [_1, _1] }
big.delete_if { |k, v| k % 3 == 0 }
p big.size, big.keys.first(6)
big.select! { |k, v| k < 10 }
p big
c = {a: nil, b: 1, c: nil}
show "compact!", c.compact!, c
show "compact! none", c.compact!, c
p({a: nil, b: 2}.compact)
e = (1..12).to_h { [_1, _1.odd? ? nil : _1] }
p e.compact!, e.size
