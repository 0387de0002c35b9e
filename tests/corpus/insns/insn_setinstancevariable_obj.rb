class Pt
  def initialize(x, y)
    @x = x
    @y = y
  end
  def sum = @x + @y
end
p Pt.new(1, 2).sum
