Point = Class.new do
  attr_accessor :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def to_s = "(#{x},#{y})"
end
p Point.name
puts Point.new(1, 2)
anon = Class.new(StandardError) { def message = "anon error" }
p anon.name
p anon.superclass
begin
  raise anon
rescue StandardError => e
  p e.message
end
Named = anon
p anon.name
