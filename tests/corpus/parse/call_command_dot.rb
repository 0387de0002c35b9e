foo.bar 1
foo.bar 1, 2
