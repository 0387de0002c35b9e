a = 1
b = 2
eval("a, b = b, a")
p [a, b]
