x = 1
p eval("y = x * 2; y + x")
