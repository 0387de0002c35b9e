class Version
  include Comparable
  attr_reader :parts
  def initialize(s) = @parts = s.split(".").map(&:to_i)
  def <=>(other) = parts <=> other.parts
  def to_s = parts.join(".")
end

vs = %w[1.2.10 1.2.2 1.10 1.9.9].map { |s| Version.new(s) }
puts vs.sort.join(" ")
puts vs.max
p Version.new("1.0") == Version.new("1.0")
p Version.new("2.0") > Version.new("1.99")
p Version.new("1.5").between?(Version.new("1.0"), Version.new("2.0"))
p Version.new("3.0").clamp(Version.new("1.0"), Version.new("2.0")).to_s
