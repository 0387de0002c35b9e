module Shapes
  class Shape
    def name = self.class.name.split("::").last.downcase
  end

  class Circle < Shape
    def initialize(r) = @r = r
    def area = Math::PI * @r**2
  end

  class Square < Shape
    def initialize(s) = @s = s
    def area = @s * @s
  end
end
