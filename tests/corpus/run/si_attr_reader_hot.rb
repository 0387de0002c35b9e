# attr_reader hit from a hot path, then replaced by a method, then made private
class P
  attr_reader :x
  attr_accessor :y
  def initialize(x) = (@x = x; @y = x * 10)
end
ps = (1..10).map { |i| P.new(i) }
p ps.map { |q| q.x + q.y }
class P
  def x = @x * 100
end
p ps.map { |q| q.x }
class P
  private :x
end
begin
  ps[0].x
rescue NoMethodError => e
  p e.message.sub(/0x\h+/, "ADDR")
end
o = P.new(1)
o.instance_variable_set(:@z, 5)
p o.instance_variables
frozen = P.new(2).freeze
begin
  frozen.y = 3
rescue => e
  p e.class, e.message.sub(/0x\h+/, "ADDR")
end
