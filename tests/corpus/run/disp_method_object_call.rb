class Adder
  def initialize(base) = @base = base
  def add(x) = @base + x
end

m = Adder.new(10).method(:add)
p m.call(5)
p m.(6)
p m[7]
p m === 8
p [1, 2, 3].map(&m)
um = m.unbind
p um.bind(Adder.new(100)).call(1)
p m.receiver.add(0)
