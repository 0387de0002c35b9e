class Version
  include Comparable
  attr_reader :parts
  def initialize(s) = @parts = s.split(".").map(&:to_i)
  def <=>(o) = parts <=> o.parts
  def to_s = parts.join(".")
  def inspect = "v#{self}"
end
class Releases
  include Enumerable
  def initialize(*v) = @v = v.map { Version.new(_1) }
  def each(&b) = @v.each(&b)
end
r = Releases.new("1.10.0", "1.2.3", "1.2.10", "0.9")
p r.sort, r.min, r.max, r.minmax
p r.sort.map(&:to_s)
p r.select { |v| v > Version.new("1.2.5") }
p r.sort { |a, b| b <=> a }
