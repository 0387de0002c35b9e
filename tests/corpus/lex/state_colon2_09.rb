Foo::Bar
Foo::bar
Foo::Bar.baz
Foo::BAR = 1
::A::B
