foo = foo
p foo
