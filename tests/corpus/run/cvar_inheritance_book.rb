class Parent
  @@value = 100
  def self.value = @@value
end
class Child < Parent
  @@value = 200
end
p Parent.value
p Child.value
class Parent
  def self.set(v) = @@value = v
end
Parent.set(5)
p Child.class_variable_get(:@@value)
p Child.class_variables
