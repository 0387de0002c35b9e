module Shouty
  def speak = "#{name.upcase}!!"
end
class Person
  attr_reader :name
  def initialize(n) = @name = n
  def speak = name
end
a = Person.new("ann")
b = Person.new("bob")
a.extend(Shouty)
p a.speak
p b.speak
p a.singleton_class.ancestors[1, 2]
p a.is_a?(Shouty)
p b.is_a?(Shouty)
