# == and eql? between hashes: order does not count, the values' == / eql? does
a = {a: 1, b: 2}
b = {b: 2, a: 1}
p a == b, a.eql?(b), a.equal?(b)
p({a: 1} == {a: 1.0}, {a: 1}.eql?({a: 1.0}))
p({1 => :x} == {1.0 => :x}, {1 => :x}.key?(1.0))
big1 = (1..50).to_h { [_1, _1.to_s] }
big2 = (1..50).to_a.reverse.to_h { [_1, _1.to_s] }
p big1 == big2, big1.eql?(big2)
big2[50] = "x"
p big1 == big2
big2.delete(50)
p big1 == big2, big1.size - big2.size
p({} == {}, {} == {}.compare_by_identity, {a: 1} == {a: 1}.compare_by_identity)
r1 = {}
r1[:self] = r1
r2 = {}
r2[:self] = r2
p r1 == r1, r1 == r2
p({a: [1, {b: 2}]} == {a: [1, {b: 2}]})
class Wrapper
  def initialize(h) = @h = h
  def to_hash = @h
  def ==(o) = (puts "Wrapper#=="; @h == o)
end
p({a: 1} == Wrapper.new({a: 1}))
p({a: 1} <= {a: 1, b: 2}, {a: 1, b: 2} > {a: 1}, {a: 2} <= {a: 1, b: 2})
