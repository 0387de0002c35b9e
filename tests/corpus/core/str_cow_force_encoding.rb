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
# force_encoding relabels: a shared string stays shared, unless the terminator widens
a = "fe" * 20
b = a.dup
a.force_encoding("ASCII-8BIT")
puts layout(a), layout(b), a.encoding, b.encoding
a.force_encoding("UTF-8")
puts layout(a)
c = "fe" * 20
d = c.dup
c.force_encoding("UTF-16LE")
puts layout(c), layout(d), d.encoding
e = "fe" * 20
f = e.b
puts layout(e), layout(f), f.encoding, e.encoding
p root(e) == root(f)
g = ("fe" * 20).force_encoding("ASCII-8BIT")
g << "x"
puts layout(g)
