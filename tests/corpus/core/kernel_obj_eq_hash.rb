class Pair
  attr_reader :a, :b
  def initialize(a, b) = (@a, @b = a, b)
  def eql?(o) = o.class == Pair && [a, b] == [o.a, o.b]
  def hash = [a, b].hash
  def ==(o) = eql?(o)
  def inspect = "<#{a},#{b}>"
end
x, y, z = Pair.new(1, 2), Pair.new(1, 2), Pair.new(2, 1)
p x == y, x.eql?(y), x.equal?(y), x.hash == y.hash, x == z
p [x, y, z].uniq, {x => 1, y => 2}, [x, z] - [y], [x, y] & [y], [x, y, z].tally, [x, z].include?(y)
p [x, y, z].group_by(&:itself).size, ({x => :v}).key?(Pair.new(1, 2))
