# Which #hash and #eql? calls a Hash makes (hash.c any_hash / rb_any_cmp)
class K
  attr_reader :v
  def initialize(v) = @v = v
  def hash
    print "h#{v} "
    4
  end
  def eql?(o)
    print "e#{v}~#{o.v} "
    v == o.v
  end
end
def step(label)
  print label, ": "
  yield
  puts
end
h = {}
9.times { |i| step("insert #{i}") { h[K.new(i)] = i } }
step("lookup 5") { h[K.new(5)] }
step("lookup same") { k = h.keys[2]; h[k] }
step("delete 2") { h.delete(K.new(2)) }
step("shift") { h.shift }
step("rehash") { h.rehash }
step("dup") { h.dup }
step("to_a") { h.to_a }
step("key? 99") { h.key?(K.new(99)) }
step("update 8") { h[K.new(8)] = :eight }
small = {}
step("small") { small[K.new(:a)] = 1; small[K.new(:b)] = 2; small[K.new(:a)] }
step("compare_by_identity") { h.compare_by_identity }
step("identity lookup") { h[K.new(5)] }
