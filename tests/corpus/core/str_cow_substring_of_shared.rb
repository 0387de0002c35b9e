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
# substrings of substrings all read the first root's buffer
s = "q" * 50
t = s[5..]
u = t[5..]
v = u[5..]
p [t.size, u.size, v.size]
p root(t) == root(s), root(u) == root(s), root(v) == root(s)
puts layout(s), layout(t), layout(u), layout(v)
w = u.dup
p root(w) == root(s)
u << "z"
puts layout(u)
p u.size, t.size, v.size, w.size
x = u[1..]
p root(x) == root(s), root(x) == root(u)
