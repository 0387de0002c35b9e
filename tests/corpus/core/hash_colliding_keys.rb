# The book's experiment: with `def hash; 4; end` every key collides, lookups still work
class Key
  attr_reader :name
  def initialize(name) = @name = name
  def hash = 4
  def eql?(other) = other.is_a?(Key) && name == other.name
  def inspect = "K(#{name})"
end
h = {}
40.times { |i| h[Key.new(i)] = i }
p h.size, h[Key.new(0)], h[Key.new(39)], h[Key.new(40)]
p h.keys.first(3), h.keys.last
10.times { |i| h.delete(Key.new(i * 3)) }
p h.size, h[Key.new(3)], h[Key.new(4)]
h[Key.new(3)] = :back
p h.keys.last, h.key?(Key.new(0)), h.count
h.rehash
p h.size, h[Key.new(3)]
small = {Key.new(:a) => 1, Key.new(:b) => 2}
small[Key.new(:a)] = 3
p small, small.size
p [Key.new(1), Key.new(1), Key.new(2)].uniq.size
p h.keys.map(&:hash).uniq
