Point3 = Struct.new(:x, :y, :z)
pt = Point3.new(1, 2, 3)
case pt
in [x, y, z]
  p [:array, x, y, z]
end
case pt
in {x:, z:}
  p [:hash, x, z]
end
p pt.deconstruct_keys([:x, :y]), pt.deconstruct_keys(nil)
