module Loud
  def speak = super.upcase + "!"
end
module Polite
  def speak = "please, " + super
end
class Person
  def speak = "hello"
end
class Kid < Person
  include Loud
  include Polite
  def speak = super + " (kid)"
end

puts Kid.new.speak
p Kid.ancestors.take(4)
