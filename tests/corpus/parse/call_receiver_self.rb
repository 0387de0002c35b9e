self.foo
self.foo = 1
self[0]
