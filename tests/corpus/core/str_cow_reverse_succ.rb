require "objspace"
require "json"
# the stable fields of ObjectSpace.dump (its addresses left out)
def layout(s)
  d = JSON.parse(ObjectSpace.dump(s))
  %w[frozen fstring embedded shared bytesize capacity memsize].filter_map do |k|
    next unless d.key?(k)
    d[k] == true ? k : "#{k}=#{d[k]}"
  end.join(" ")
end
def root(s) = JSON.parse(ObjectSpace.dump(s))["references"]&.first
def addr(s) = JSON.parse(ObjectSpace.dump(s))["address"]
# reverse! and succ! un-share; succ! that carries into a new digit grows the buffer exactly
a = "ab" * 20
b = a.dup
a.reverse!
puts layout(a), layout(b), a[0, 4], b[0, 4]
c = "é" * 20
d = c.dup
c.reverse!
puts layout(c), layout(d)
e = "az" * 20
f = e.dup
e.succ!
puts layout(e), layout(f), e[-4..], f[-4..]
g = "z" * 40
g.succ!
puts layout(g), g.size
h = "z" * 40
i = h.dup
h.next!
puts layout(h), layout(i)
