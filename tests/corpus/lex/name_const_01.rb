Foo = 1
BAR_BAZ = Foo
Baz::Qux = 2
puts Foo, BAR_BAZ
