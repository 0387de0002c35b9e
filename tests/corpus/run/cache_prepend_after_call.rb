class Num
  def value = 10
end
module Doubler
  def value = super * 2
end
n = Num.new
def site(o) = o.value
p site(n)
p site(n)
Num.prepend(Doubler)
p site(n)
Num.prepend(Doubler)
p site(n)
