class Shape
  def area = 0
  def describe = "#{self.class.name.downcase} with area #{area}"
end
class Square < Shape
  def initialize(s) = @s = s
  def area = @s * @s
end
class Circle < Shape
  def initialize(r) = @r = r
  def area = (3 * @r * @r)
end

[Shape.new, Square.new(3), Circle.new(2)].each { |s| puts s.describe }
p Square.instance_method(:describe).owner
