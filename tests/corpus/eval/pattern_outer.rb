x = 1
p eval("case [2, 3]; in [a, b] then x + a + b; end")
