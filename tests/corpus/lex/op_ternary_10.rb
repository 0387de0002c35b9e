a ? b : c
x = cond ? "yes" : "no"
y = a ? b: c
z = t ? [1] : {}
