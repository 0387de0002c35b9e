class Fact
  def self.create(*args) = new(*args)
  def initialize(*a) = @a = a
  attr_reader :a
end
p Fact.create(1, 2).a
