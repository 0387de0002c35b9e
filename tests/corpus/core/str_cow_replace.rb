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
# replace / initialize_copy: rb_str_replace shares a long argument's buffer
a = "rs" * 20
b = "x"
b.replace(a)
puts layout(a), layout(b)
p root(a) == root(b)
c = "ab" * 20
d = c.dup
c.replace("short")
puts layout(c), layout(d)
p d == "ab" * 20
e = ("fz" * 20).freeze
f = "y".dup
f.replace(e)
p root(f) == addr(e)
g = "gg" * 20
h = g.dup
g.replace(g)
puts layout(g)
g.replace(h)
p root(g) == root(h)
begin
  "fr".freeze.replace("x")
rescue FrozenError => ex
  puts ex.message
end
