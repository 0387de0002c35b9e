module A
  def who = "A"
end
module B
  def who = "B+" + super
end
o = Object.new
o.extend(A, B)
p o.who
p o.singleton_class.ancestors[1, 2]
o2 = Object.new
o2.extend(A)
o2.extend(B)
p o2.who
