class Foo
end
class Bar < Foo; end
class Baz::Qux; end
class ::Top; end
