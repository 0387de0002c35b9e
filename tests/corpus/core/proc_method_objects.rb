class Calc
  def initialize(n) = @n = n
  def add(x) = @n + x
  def self.create(n) = new(n)
end
m = Calc.new(5).method(:add)
p m.call(1), m.(2), m[3], m.arity, m.name, m.owner, m.to_proc.lambda?, [1, 2].map(&m)
um = Calc.instance_method(:add)
p um.class, um.name, um.bind(Calc.new(100)).call(1), um.bind_call(Calc.new(7), 1)
cm = Calc.method(:create)
p cm.call(9).add(1), cm.owner.inspect, cm.receiver
p m.unbind.bind(Calc.new(0)).call(42), m.source_location.class, method(:p).source_location
