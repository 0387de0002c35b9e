class Money
  include Comparable
  attr_reader :cents
  def initialize(c) = @cents = c
  def <=>(o) = o.is_a?(Money) ? cents <=> o.cents : nil
  def inspect = "$#{cents}"
end
a, b, c = Money.new(5), Money.new(10), Money.new(5)
p a < b, a <= c, a == c, a > b, a >= c, a != b
p a.between?(c, b), b.between?(a, c)
p [b, a, c].sort, [b, a].min, [a, b].max
p a.clamp(b, b), b.clamp(a, a), a.clamp(a, b)
p a == 5
