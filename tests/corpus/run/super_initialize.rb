class Vehicle
  attr_reader :wheels, :name
  def initialize(name, wheels: 4)
    @name = name
    @wheels = wheels
  end
end
class Bike < Vehicle
  def initialize(name)
    super(name, wheels: 2)
  end
end
class Car < Vehicle
  def initialize(name, **) = super
end

b = Bike.new("bmx")
p [b.name, b.wheels]
c = Car.new("mini")
p [c.name, c.wheels]
