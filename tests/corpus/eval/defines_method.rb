q = 1
eval("def zz(v) = v + 1")
p zz(q)
