class Vec
  attr_reader :x
  def initialize(x) = @x = x
  def +(o) = Vec.new(@x + o.x)
  def ==(o) = o.x == @x
  def [](i) = @x * i
  def -@ = Vec.new(-@x)
end
v = Vec.new(2) + Vec.new(3)
p v.x, v[2], (-v).x
