class A
  def hi = "A#hi"
end
class B < A
  def hi = "B#hi"
end

m = B.new.method(:hi)
p m.call
p m.super_method.call
p m.super_method.owner
p m.super_method.super_method
