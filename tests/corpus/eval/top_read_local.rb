x = 1
p eval("x + 1")
