x = 1
eval("x = 5")
p x
