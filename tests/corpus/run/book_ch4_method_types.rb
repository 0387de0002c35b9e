class Mathematician
  attr_reader :name
  attr_writer :name
  def initialize(name) = @name = name
  def shout = name.upcase
end
m = Mathematician.new("euler")
p m.name
m.name = "gauss"
p m.shout
p m.method(:name).arity
p m.method(:name=).arity
p [10, 20].sum
