class Shape
  def area = 1
  def name = "shape"
end
class Sq < Shape
  undef_method :name
end
s = Sq.new
p s.area
begin
  s.name
rescue NoMethodError => e
  p e.name
end
p Shape.new.name
p Sq.method_defined?(:name)
