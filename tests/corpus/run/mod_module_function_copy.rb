module Calc
  module_function
  def triple(x) = x * 3
end
p Calc.triple(2)
module Calc
  def triple(x) = x * 300
end
p Calc.triple(2)
class Usage
  include Calc
  def go = triple(1)
end
p Usage.new.go
