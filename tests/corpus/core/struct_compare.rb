P = Struct.new(:x, :y)
a = P.new(1, 2)
b = P.new(1, 2.0)
p a == b, a.eql?(b), a.hash == b.hash, [a, P.new(1, 2)].uniq.size, {a => 1}[P.new(1, 2)]
Q = Struct.new(:x, :y)
p a == Q.new(1, 2), a.to_a == Q.new(1, 2).to_a
r = P.new([1], {k: :v})
p r, r.to_h, r.to_h { |k, v| [k.to_s, v] }
