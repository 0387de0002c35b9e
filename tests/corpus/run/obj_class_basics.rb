class Fruit
  attr_reader :name
  def initialize(name) = @name = name
  def to_s = "Fruit(#{@name})"
  def inspect = "#<Fruit #{@name}>"
end

f = Fruit.new("apple")
puts f
p f
p f.class
p f.class.class
p f.is_a?(Fruit)
p f.instance_of?(Object)
p Fruit.name
p f.frozen?
