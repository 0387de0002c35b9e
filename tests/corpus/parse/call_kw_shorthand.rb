x = 1
y = 2
foo(x:, y:)
h = {x:, y:}
