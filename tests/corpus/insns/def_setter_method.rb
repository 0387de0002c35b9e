class Box
  def value=(v)
    @v = v
  end
  def value = @v
end
b = Box.new
b.value = 3
p b.value
