p 1 + 2.0, 1 + 2r, 1 + 2i, 1.0 + 2r, 1r + 2.0, 1 + Complex(1, 1.5)
p 3 * 1r/3, 2 - 0.5, 2 * 2i, 10 / 4r, 10 / 4.0, 10.0 / 4r
p (1 + 2.0).class, (1 + 2r).class, (2r + 2r).class, (1.0 + 1i).class
p 2r == 2, 2r.eql?(2), 0.5r == 0.5, 1 / 3r == 1.0 / 3
class Meters
  attr_reader :v
  def initialize(v) = @v = v
  def coerce(n) = [Meters.new(n), self]
  def +(o) = Meters.new(v + (o.is_a?(Meters) ? o.v : o))
  def inspect = "#{v}m"
end
p Meters.new(3) + 4, 4 + Meters.new(3)
