# merge / update keep each key where it first went in; the block gets the stored key
a = {x: 1, y: 2}
b = {y: 20, z: 30}
p a.merge(b), a.merge(b) { |k, old, new| old + new }, a
a.update(b) { |k, o, n| [k, o, n] }
p a
big = (1..12).to_h { [_1, _1] }
p big.merge({5 => :five, 13 => :thirteen}).keys.values_at(4, 12)
class K
  attr_reader :v, :tag
  def initialize(v, tag) = (@v, @tag = v, tag)
  def hash = v.hash
  def eql?(o) = v == o.v
  def inspect = "K#{v}#{tag}"
end
h = {K.new(1, :stored) => 1}
h.merge!({K.new(1, :arg) => 2}) { |k, o, n| p k; o + n }
p h
p({a: 1}.merge, {a: 1}.merge({b: 2}, {c: 3}), {a: 1}.merge!({a: 2}, {a: 3}) { |k, o, n| o * n })
d = Hash.new(5)
p d.merge({}).default, d.merge({a: 1})[:zz]
