class Base
  def handle(a, b = 2, *rest, k: 0) = [a, b, rest, k]
end
class Child < Base
  def handle(a, b = 2, *rest, k: 0)
    a = a * 100
    b = :changed
    rest << :extra
    k = k + 1
    super
  end
end

p Child.new.handle(1)
p Child.new.handle(1, 5, 6, k: 10)
