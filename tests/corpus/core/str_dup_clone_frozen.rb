s = "orig".freeze
d = s.dup
c = s.clone
p d.frozen?, c.frozen?, d == s, d.equal?(s), s.clone(freeze: false).frozen?
d << "!"
p d, s
def s2 = "lit"
p s2.equal?(s2), s2.frozen?
