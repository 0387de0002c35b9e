p **h
p(**h)
def m(**kw) = kw
m **{a: 1}
