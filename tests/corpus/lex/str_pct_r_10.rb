a = %r{/path/to}
b = %r(a(b)c)i
c = %r[x]m
d = %r|y|x
e = %r!z!o
