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
# << on a shared string copies first (str_make_independent), then the buffer doubles
a = "ap" * 20
b = a.dup
a << "z"
puts layout(a), layout(b)
p a.size, b.size, b == "ap" * 20
c = "ap" * 20
d = c.dup
c << ""
puts layout(c), layout(d)
e = "ap" * 20
f = e.dup
e << 0x263a
puts layout(e), layout(f)
g = ("ap" * 20).b
h = g.dup
g << 65
puts layout(g), layout(h)
i = "ap" * 20
j = i.dup
i.concat("y", "z")
puts layout(i), layout(j)
k = "ap" * 20
l = k.dup
k.concat
puts layout(k)
m = "ap" * 20
m.concat(m)
puts layout(m)
n = "ap" * 20
n.concat("a" * 50, "b" * 50)
puts layout(n)
