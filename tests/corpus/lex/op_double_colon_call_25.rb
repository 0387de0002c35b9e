Foo::bar()
Foo::Baz::qux
a::b
a ::B
