module Walkable
  def move = "walking"
end
module Swimmable
  def move = "swimming"
  def dive = "diving"
end
class Duck
  include Walkable, Swimmable
end
p Duck.ancestors.take(3)
p Duck.new.move
p Duck.new.dive
p Duck.include?(Swimmable)
p Duck.included_modules.take(2)
