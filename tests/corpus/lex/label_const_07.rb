h = { Foo: 1, BAR: 2 }
m(Klass: String)
