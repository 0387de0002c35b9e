class Point
  def initialize(x, y)
    @x = x
    @y = y
  end
