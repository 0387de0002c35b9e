class Animal
  def name = "animal: #{self.class}"
end
class Dog < Animal; end
um = Animal.instance_method(:name)
p um.class
p um.name
p um.owner
p um.bind(Dog.new).call
p um.bind_call(Animal.new)
begin
  um.bind("str")
rescue TypeError => e
  puts e.message
end
