a = %i(foo bar baz)
b = %i[x y]
x = "q"
c = %I(a#{x} b)
d = %I[#{x}]
