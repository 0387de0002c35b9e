module Logging
  def compute(x)
    r = super
    "compute(#{x}) => #{r}"
  end
end
class Calc
  prepend Logging
  def compute(x) = x * x
end

puts Calc.new.compute(7)
p Calc.ancestors.first(2)
p Calc.instance_method(:compute).owner
