# What a #hash method may return (hash.c obj_any_hash: an Integer, anything to_int)
class H
  def initialize(h) = @h = h
  def hash = @h
  def eql?(o) = o.class == H
end
p({H.new(0) => 1, H.new(0) => 2}.size)
p({H.new(-1) => 1}.size, {H.new(2**64) => 1}[H.new(2**64)], {H.new(-2**70) => 2}[H.new(-2**70)])
p({H.new(1.9) => 1}[H.new(1.2)])
begin
  {H.new("no") => 1}
rescue TypeError => e
  p e.message
end
class Sup
  def hash = super
end
x = Sup.new
p({x => 1}[x], {x => 1}[Sup.new])
class S2 < String
  def hash = raise("not called")
end
p({S2.new("a") => 1}["a"])
class A2 < Array
  def hash = 7
  def eql?(o) = true
end
p({A2.new([1]) => :a}[A2.new([2])], {A2.new([1]) => :a}[[1]])
class Plain; end
pl = Plain.new
p({pl => 1}[pl], {pl => 1}[Plain.new])
