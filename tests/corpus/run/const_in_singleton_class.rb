class Outer
  SECRET = "outer secret"
  class << self
    SECRET2 = "meta"
    def find = [SECRET, SECRET2]
  end
end
p Outer.find
p Outer.singleton_class.const_get(:SECRET2)
p Outer.singleton_class.constants
