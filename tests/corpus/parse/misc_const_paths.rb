::A
A::B::C
a::B
A::B.c
Foo::Bar::baz
