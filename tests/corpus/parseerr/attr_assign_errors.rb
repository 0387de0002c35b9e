foo.bar = 1 2
baz[0] = 3 4
