def all(*a, **k, &b) = [a, k, b.call]
xs = [1]
kw = { q: 1 }
p all(*xs, **kw) { :b }
