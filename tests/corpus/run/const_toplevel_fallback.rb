TOP = :top_level
module A
  module B
    def self.get = TOP
  end
end
p A::B.get
class Foo
  def self.str = String
end
p Foo.str
p Object::TOP
p ::TOP
