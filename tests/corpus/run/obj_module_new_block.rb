Greet = Module.new do
  def greet = "hi from #{self.class}"
  def self.info = "module info"
end
class Person
  include Greet
end
p Person.new.greet
p Greet.info
p Greet.name
m = Module.new
p m.name
p Person.include?(Greet)
