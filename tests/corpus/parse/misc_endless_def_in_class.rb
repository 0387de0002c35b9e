class Vec
  def initialize(x) = @x = x
  def x = @x
  def +(o) = Vec.new(x + o.x)
end
