Point = Struct.new(:x, :y)
pt = Point.new(1, 2)
p pt, pt.x, pt.y, pt[0], pt[:y], pt["x"], pt.to_a, pt.deconstruct, pt.to_h, pt.members, Point.members
pt.x = 10
pt[:y] = 20
p pt, pt.size, pt.values, pt == Point.new(10, 20), pt.eql?(Point.new(10, 20)), pt.equal?(Point.new(10, 20))
puts pt, pt.to_s, pt.inspect
p Point.new(1), Point.new, Point.new(1, 2).hash == Point.new(1, 2).hash
