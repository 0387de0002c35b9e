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
# +@ dups a frozen string (shared); -@ gives the fstring, which takes over the buffer
f = ("pq" * 20).freeze
g = +f
puts layout(g)
p g.frozen?, root(g) == addr(f)
h = "pq" * 21
p (+h).equal?(h)
i = "uv" * 20
j = -i
puts layout(i), layout(j)
p root(i) == addr(j), j.frozen?
k = -i
p k.equal?(j)
l = ("uv" * 20).freeze
p (-l).equal?(j), l.equal?(j)
m = "short" * 2
n = -m
puts layout(m), layout(n)
p n.equal?(m)
o = "gh" * 20
o << "x"
puts layout(-o), layout(o)
