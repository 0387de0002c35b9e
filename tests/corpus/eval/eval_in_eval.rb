x = 1
p eval("y = 2\neval(\"x + 1\")")
