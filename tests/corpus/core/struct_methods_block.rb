Vec = Struct.new(:x, :y) do
  def +(o) = Vec.new(x + o.x, y + o.y)
  def len = Math.sqrt(x * x + y * y)
  def to_s = "(#{x}, #{y})"
  def self.zero = new(0, 0)
end
a = Vec.new(3, 4)
p a + Vec.new(1, 1), a.len, Vec.zero, a.to_s
puts a
p a.inspect
p Vec.instance_methods(false).sort
