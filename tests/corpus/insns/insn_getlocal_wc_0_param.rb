def ident(a) = a
p ident(1)
