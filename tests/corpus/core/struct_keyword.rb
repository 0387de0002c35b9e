Person = Struct.new(:name, :age, keyword_init: true)
bob = Person.new(name: "Bob", age: 30)
p bob, bob.name, bob.to_h, Person.members, Person.new(name: "x")
begin
  Person.new("Bob", 30)
rescue ArgumentError => e
  p e.message
end
P2 = Struct.new(:a, :b)
p P2.new(a: 1, b: 2), P2.new(1, 2)
