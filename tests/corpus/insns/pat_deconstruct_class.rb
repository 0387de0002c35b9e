class Pt2
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def deconstruct = [x, y]
  def deconstruct_keys(_) = { x:, y: }
end
case Pt2.new(1, 2)
in { x:, y: 2 } then p x
else nil
end
