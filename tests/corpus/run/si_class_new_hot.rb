# Class#new from a hot call site: initialize changed, given optional/keyword args, new redefined
class V
  attr_reader :a, :b
  def initialize(a, b) = (@a = a; @b = b)
end
vs = (1..6).map { |i| V.new(i, i + 1) }
p vs.map { |v| v.a * v.b }
class V
  def initialize(a, b = 7, c: 9) = (@a = a; @b = b + c)
end
p (1..6).map { |i| V.new(i).b }
p V.new(1, 2, c: 3).b
begin
  V.new
rescue ArgumentError => e
  p e.message, e.backtrace_locations.map(&:label)
end
class W < V
  def self.new(*args) = "not a W: #{args}"
end
p (1..5).map { |i| W.new(i) }.last
class E1
  def initialize(x)
    raise "boom #{x}" if x > 4
  end
end
begin
  (1..9).each { |i| E1.new(i) }
rescue => e
  p e.message, e.backtrace.size
end
p (1..4).map { |i| Struct.new(:q).new(i).q }
