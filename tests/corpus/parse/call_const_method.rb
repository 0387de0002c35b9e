Integer("3")
Array(nil)
Foo::Bar.baz
