def use_plus(a, b) = a + b
p use_plus(1, 2)
class Integer
  alias_method :__orig_plus, :+
  def +(other) = __orig_plus(other).__orig_plus(1000)
end
p use_plus(1, 2)
class Integer
  alias_method :+, :__orig_plus
end
p use_plus(1, 2)
