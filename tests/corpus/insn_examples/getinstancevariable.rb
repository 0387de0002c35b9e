class Point
  def x
    @x
  end
end
