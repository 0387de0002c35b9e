class Person
  def initialize(age) = @age = age
  def older_than?(other) = age > other.age
  protected
  def age = @age
end
class Student < Person; end
class Robot
  def probe(p) = p.age
end

p Student.new(20).older_than?(Person.new(18))
p Person.new(5).older_than?(Student.new(30))
begin
  Robot.new.probe(Person.new(1))
rescue NoMethodError => e
  p e.class
  p e.message.start_with?("protected method `age' called")
end
