k = class Foo; self; end
