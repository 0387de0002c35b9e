# an Integer fast path compiled hot, then Integer#+ redefined: the path must call it
def add(a, b) = a + b
r = []
10.times { |i| r << add(i, 1) }
p r
class Integer
  alias_method :old_plus, :+
  def +(o) = old_plus(o).old_plus(100)
end
p add(1, 2)
i = 0
while i < 3
  i = i.old_plus(1)
end
p i
