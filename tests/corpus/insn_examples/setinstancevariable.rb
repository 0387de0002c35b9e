class Point
  def initialize(x)
    @x = x
  end
end
