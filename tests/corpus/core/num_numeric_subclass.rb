class Tiny < Numeric
  def initialize(v) = @v = v
  def to_f = @v.to_f
  def <=>(o) = @v <=> o
  def coerce(o) = [o, @v]
  def +(o) = Tiny.new(@v + o)
  def inspect = "Tiny(#{@v})"
end
t = Tiny.new(3)
p t + 1, 1 + t, t > 2, t.integer?, t.zero? rescue p $!
p t.positive?, t.negative?, t.between?(1, 5)
