::Foo
Foo::Bar
foo ::Bar
Foo::Bar::Baz.new
x = ::Kernel
