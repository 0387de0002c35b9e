def k2(**o) = o
v = 3
p k2(a: v, b: v + 1)
