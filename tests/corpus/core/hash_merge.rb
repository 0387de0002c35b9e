a = {x: 1, y: 2}
b = {y: 20, z: 30}
p a.merge(b), b.merge(a), a.merge(b) { |key, old, new| old + new }, a.merge, a.merge(b, {w: 0})
p a.merge(b) { |k, o, n| [k, o, n] }
c = a.dup
p c.update(b), c, c.merge!(w: 5) { |*| :conflict }, c.merge!(x: 9) { |k, o, n| o * 100 + n }
p a, {a: 1}.merge({"a" => 2})
