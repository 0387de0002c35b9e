module M
  def go = "M>" + super
end
class A
  def go = "A"
end
class B < A
  include M
  def go = "B>" + super
end
m = B.new.method(:go)
chain = []
while m
  chain << m.owner
  m = m.super_method
end
p chain
p B.new.go
