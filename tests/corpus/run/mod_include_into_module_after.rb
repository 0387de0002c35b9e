module Greeting
  def hi = "hi"
end
class Person
  include Greeting
end
module Extra
  def extra = "extra"
end
Greeting.include(Extra)
p Greeting.ancestors
p Person.new.respond_to?(:extra)
class Person2
  include Greeting
end
p Person2.new.extra
