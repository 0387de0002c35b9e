class Vec
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def +(o) = Vec.new(x + o.x, y + o.y)
  def -@ = Vec.new(-x, -y)
  def [](i) = i == 0 ? x : y
  def []=(i, v)
    i == 0 ? @x = v : @y = v
  end
  def ==(o) = o.is_a?(Vec) && x == o.x && y == o.y
  def to_s = "(#{x}, #{y})"
  def coerce(n) = [Vec.new(n, n), self]
end

a = Vec.new(1, 2)
b = Vec.new(3, 4)
puts a + b
puts(-a)
p a[1]
a[0] = 10
puts a
p a == Vec.new(10, 2)
p a != b
puts 5 + b
