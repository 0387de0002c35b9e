S = Struct.new(:a, :b) do
  include Comparable
  def <=>(o) = to_a <=> o.to_a
end
x, y = S.new(1, 2), S.new(1, 3)
p x < y, x == S.new(1, 2), [y, x].sort.map(&:b), [x, y].max.b
p x.clamp(y, y).b
