class Base
  def items(x) = [x, :base]
end
class Derived < Base
  def items(x)
    [1, 2].map { |i| super(x + i) }
  end
end
class Derived2 < Base
  def items(x)
    [:a].map { super }
  end
end

p Derived.new.items(10)
p Derived2.new.items(7)
