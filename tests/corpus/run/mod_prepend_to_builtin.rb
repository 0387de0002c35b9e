module Loud
  def to_s = super.upcase
end
class Sym2
  def to_s = "quiet"
end
Sym2.prepend(Loud)
p Sym2.new.to_s
module Trace
  def push(*items)
    print "push#{items.inspect} "
    super
  end
end
Array.prepend(Trace)
a = [1]
a.push(2, 3)
puts
p a
