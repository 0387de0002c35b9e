class Key
  attr_reader :name
  def initialize(n) = @name = n
  def hash = 4
  def eql?(o) = o.is_a?(Key) && name == o.name
  def inspect = "K(#{name})"
end
h = {}
h[Key.new("a")] = 1
h[Key.new("b")] = 2
h[Key.new("a")] = 3
p h, h.size, h[Key.new("b")], h[Key.new("c")], h.key?(Key.new("a"))
p [Key.new("x"), Key.new("x"), Key.new("y")].uniq
p h.keys.map(&:hash).uniq
