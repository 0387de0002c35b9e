class Parent
  def pa; end
  def shared; end
end
class Child < Parent
  def ch1; end
  def ch2; end
  private def hidden; end
end
p Child.instance_methods(false).sort
p Parent.instance_methods(false).sort
c = Child.new
p (c.methods - Object.instance_methods).sort
p c.private_methods(false).sort rescue p $!
p Child.private_instance_methods(false)
def c.single; end
p c.singleton_methods
p 1.methods.include?(:+), 1.methods.include?(:nope)
