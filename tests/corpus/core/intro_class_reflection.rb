class Animal
  SOUND = "..."
  @@count = 0
  def speak = self.class::SOUND
end
class Dog < Animal
  SOUND = "woof"
  include Comparable
end
p Dog.superclass, Dog.ancestors.take(4), Dog.constants.sort, Dog.const_get(:SOUND), Animal.class_variables, Dog.name
p Dog.instance_methods(false), Animal.instance_method(:speak).owner, Dog.new.speak, Dog.include?(Comparable), Dog.class
p Dog.method_defined?(:speak), Dog.public_method_defined?(:speak), Object.const_defined?(:Dog), Dog.singleton_class?
p Module.new.name, Class.new(Dog).superclass, Dog.instance_of?(Class), Comparable.class, Kernel.is_a?(Module)
