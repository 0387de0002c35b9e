foo::bar
Foo::bar 1
Foo::Bar()
