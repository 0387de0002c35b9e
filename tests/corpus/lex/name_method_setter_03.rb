class Point
  def x=(v)
    @x = v
  end
  def y= v
    @y = v
  end
end
