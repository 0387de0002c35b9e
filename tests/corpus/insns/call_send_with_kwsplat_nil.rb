def kk(**kw) = kw
h = nil
p kk(**{})
