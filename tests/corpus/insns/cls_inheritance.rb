class Shape
  def area = 0
end
class Sq < Shape
  def initialize(s) = @s = s
  def area = @s * @s
end
p Sq.new(3).area
