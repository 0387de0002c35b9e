class Point3 < Struct.new(:x, :y)
  def dist = Math.sqrt(x * x + y * y)
end
p Point3.new(3, 4).dist
