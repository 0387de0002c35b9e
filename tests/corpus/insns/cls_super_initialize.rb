class Base2
  def initialize(a) = @a = a
end
class Der2 < Base2
  def initialize(a, b)
    super(a)
    @b = b
  end
  def both = [@a, @b]
end
p Der2.new(1, 2).both
