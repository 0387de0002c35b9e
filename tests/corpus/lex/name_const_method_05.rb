Foo::bar
Foo::Bar
Foo::Bar()
Foo.Bar
Kernel::puts "x"
