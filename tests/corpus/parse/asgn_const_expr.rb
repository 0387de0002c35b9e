Foo::Bar::BAZ = [1, 2]
obj::CONST = 5
