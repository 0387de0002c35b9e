class Point
  attr_reader :x
  attr_writer :y
  attr_accessor :z

  def initialize(x, y)
    @x = x
    @y = y
  end

  def y_value = @y
end

pt = Point.new(1, 2)
p pt.x
pt.y = 20
p pt.y_value
pt.z = 3
p pt.z
p pt.respond_to?(:x=)
p pt.respond_to?(:y)
p Point.instance_methods(false).sort
p(pt.z = 9)
