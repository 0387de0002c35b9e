class V
  def ~; end
  def +@; end
  def **(o) end
  def =~(o) end
  def !~(o) end
  def <<(x) end
  def %(x) end
  def ===(x) end
end
