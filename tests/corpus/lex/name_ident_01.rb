foo = 1
bar_baz = foo
_private = bar_baz
x1 = _private
