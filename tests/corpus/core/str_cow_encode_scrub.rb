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
# no conversion to do: encode and scrub return a copy that shares the buffer
a = "en" * 20
b = a.encode("UTF-8")
puts layout(a), layout(b)
p root(a) == root(b)
c = "en" * 20
d = c.dup
c.encode!("UTF-8")
puts layout(c)
e = "en" * 20
f = e.scrub
puts layout(e), layout(f)
g = "en" * 20
h = g.dup
g.scrub!
puts layout(g)
i = "en" * 20
j = i.unicode_normalize
puts layout(i), layout(j)
k = "en" * 20
l = k.dup
k.unicode_normalize!
puts layout(k), root(k) == root(l)
m = "en" * 20
n = m.dup
m.encode!("UTF-16LE")
puts layout(n), m.bytesize, m.encoding
o = ("en" * 20) + "\xff"
p o.scrub.valid_encoding?
puts layout(o)
