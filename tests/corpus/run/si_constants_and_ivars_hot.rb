# constant caches and ivars on compiled paths: reassignment, frozen objects, class ivars
LIMIT = 3
def over?(x) = x > LIMIT
p (1..6).map { |x| over?(x) }
Object.send(:remove_const, :LIMIT)
LIMIT = 4
p (1..6).map { |x| over?(x) }
class Box
  def initialize = @v = 0
  def bump = @v += 1
  def v = @v
end
b = Box.new
10.times { b.bump }
p b.v
b.freeze
begin
  b.bump
rescue FrozenError => e
  p e.message.sub(/0x\h+/, "ADDR")
end
class Counter
  @count = 0
  class << self
    attr_accessor :count
    def tick = @count += 1
  end
end
7.times { Counter.tick }
p Counter.count
module Deep
  X = :outer
  class Inner
    def look = X
  end
end
p (1..5).map { Deep::Inner.new.look }.uniq
