Pair = Struct.new(:left, :right) do
  def sum = left + right
end
pr = Pair.new(1, 2)
p pr
p pr.sum
pr.left = 10
p pr.to_a
p pr == Pair.new(10, 2)
P3 = Struct.new(:a, :b, keyword_init: true)
p P3.new(a: 1, b: 2)
a, b = *Pair.new(:x, :y)
p [a, b]
