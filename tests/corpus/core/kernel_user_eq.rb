class Pt
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def ==(o) = o.is_a?(Pt) && x == o.x && y == o.y
  alias eql? ==
  def hash = [x, y].hash
  def inspect = "Pt(#{x},#{y})"
end
a = Pt.new(1, 2)
b = Pt.new(1, 2)
p a == b, a.equal?(b), a.eql?(b), a != b
p [a, b].uniq
h = {a => :first}
p h[b]
p [a].include?(b), [a].index(b)
p a == 5
