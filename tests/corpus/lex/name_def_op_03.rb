class V
  def +(o) end
  def -@; end
  def [](i) end
  def []=(i, v) end
  def <=>(o) end
  def ==(o) end
  def !; end
  def `(s) end
end
