class Base
  def value(x) = x + 1
end
class Sub < Base
  define_method(:value) { |x| super(x) * 10 }
end
p Sub.new.value(1)
class Sub2 < Base
  define_method(:value) do |x|
    super(x)
  rescue RuntimeError => e
    e.message
  end
end
p Sub2.new.value(2)
