# inline caches of compiled call sites see redefinition, removal, visibility and new singletons
class Calc
  def twice(x) = x * 2
end
c = Calc.new
r = []
8.times { |i| r << c.twice(i) }
class Calc
  def twice(x) = x * 3
end
8.times { |i| r << c.twice(i) }
def c.twice(x) = -x
r << c.twice(5)
p r
class Calc
  private :twice
end
d = Calc.new
begin
  d.twice(1)
rescue NoMethodError => e
  p e.message.sub(/0x\h+/, "ADDR")
end
class Calc
  remove_method :twice
end
begin
  Calc.new.twice(2)
rescue NoMethodError => e
  p e.message.sub(/0x\h+/, "ADDR")
end
module Loud
  def twice(x) = "loud #{x}"
end
Calc.include(Loud)
p Calc.new.twice(4)
class Calc
  def method_missing(name, *args) = [name, args]
end
p c.respond_to?(:thrice), Calc.new.thrice(1, 2)
