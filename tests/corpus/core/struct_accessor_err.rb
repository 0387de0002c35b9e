Point = Struct.new(:x, :y)
pt = Point.new(1, 2)
p pt.x
pt.z
