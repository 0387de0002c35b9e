module Calc
  module_function
  def add(a, b) = a + b
end
p Calc.add(1, 2)
