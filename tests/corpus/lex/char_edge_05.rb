cond = true
c = cond ? 1 : 2
d = cond ?1 : 2
e = c ? ?x : ?y
