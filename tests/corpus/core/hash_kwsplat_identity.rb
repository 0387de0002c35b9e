# **h of a compare_by_identity hash gives identity hashes, to a positional parameter and to
# a **rest one (with or without named keywords taken out)
def f(h) = h
def g(**kw) = kw
def n(a:, **kw) = kw
i = {}.compare_by_identity
k = "a"
i[k] = 1
i[:a] = 2
r = f(**i)
p r.compare_by_identity?, r[k], r["a".dup], r
r2 = g(**i)
p r2.compare_by_identity?, r2[k], r2
r3 = n(**i)
p r3.compare_by_identity?, r3[k], r3
