s = "abc"
p s.frozen?
s.freeze
p s.frozen?
a = [1, "x"]
a.freeze
p a.frozen?, a[1].frozen?
h = {k: "v"}.freeze
p h.frozen?
p nil.frozen?, 1.frozen?, :s.frozen?, 1.5.frozen?, true.frozen?
o = Object.new
p o.frozen?
p o.freeze.equal?(o)
p o.frozen?
