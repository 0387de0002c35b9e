def f
  @x = 1 +
end
class << self
  def g = 2 *
end
