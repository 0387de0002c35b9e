class Foo < Bar::Baz
  class Inner; end
  class << self; end
end
x = Foo.class
class Foo::Nested < ::Base; end
