x = 1
y = 2
h = {x:, y:}
foo(x:, y:)
