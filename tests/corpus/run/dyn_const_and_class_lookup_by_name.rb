module Shapes
  class Circle; def sides = 0; end
  class Square; def sides = 4; end
end
%w[Circle Square].each do |n|
  klass = Shapes.const_get(n)
  p [klass, klass.new.sides]
end
p Object.const_get("Shapes::Square").name
p Shapes.constants.sort
p Shapes.const_source_location(:Circle)[1]
