class Point
  def initialize(x, y) = (@x, @y = x, y)
end
pt = Point.new(3, 4)
p pt.instance_exec(10) { |scale| [@x * scale, @y * scale] }
norm = proc { Math.sqrt(@x**2 + @y**2) }
p pt.instance_exec(&norm)
p pt.instance_exec(1, 2) { |a, b| a + b + @x }
