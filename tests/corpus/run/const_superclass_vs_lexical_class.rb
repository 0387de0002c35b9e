X = "top"
class A
  X = "A"
end
class B < A
  def self.x = X
end
class A
  class Inner
    def self.x = X
  end
end
class B
  class Inner2 < A
    def self.x = X
  end
end
p B.x
p A::Inner.x
p B::Inner2.x
