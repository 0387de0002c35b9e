module Greet
  def greet = "hi from #{self.class}"
end
class Person
  include Greet
end
p Person.new.greet
