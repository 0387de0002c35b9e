obj = Object.new
obj.instance_eval do
  @secret = 99
end
p obj.instance_variable_get(:@secret)
obj.instance_eval do
  def only_me = :me
end
p obj.only_me
p obj.singleton_methods
class Foo; end
Foo.instance_eval do
  def cm = :class_method
end
p Foo.cm
