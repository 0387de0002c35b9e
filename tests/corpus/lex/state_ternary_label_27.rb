a ? b : c
n = 1; m = n ?1:2
p a ? b: c
q = r ? s : t
