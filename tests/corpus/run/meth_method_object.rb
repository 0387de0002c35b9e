class Calc
  def add(a, b = 1) = a + b
  def self.version = "1.0"
end
m = Calc.new.method(:add)
p m.name
p m.owner
p m.arity
p m.parameters
p m.call(2)
p m.receiver.class
cm = Calc.method(:version)
p cm.call
p cm.owner
