class Key
  attr_reader :k
  def initialize(k) = @k = k
  def ==(o) = o.is_a?(Key) && k == o.k
  alias eql? ==
  def hash = k.hash
end

h = { Key.new(1) => :one }
p h[Key.new(1)]
p Key.new(2) == Key.new(2)
p Key.new(2).equal?(Key.new(2))
p [Key.new(1), Key.new(1), Key.new(2)].uniq.size
o = Object.new
p o == o.itself
p o.eql?(o)
