x = 1
p x + 1
x.foo
