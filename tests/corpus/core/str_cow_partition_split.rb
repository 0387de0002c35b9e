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
# partition, rpartition and split cut with rb_str_subseq: a long last piece shares
s = "pa" * 20
r = s.partition("a")
puts layout(s), r.map { |x| layout(x) }
sep = "a"
p s.partition(sep)[1].equal?(sep)
r = ("pa" * 20).partition("x")
puts r.map { |x| layout(x) }
r = ("pa" * 20).rpartition("p")
puts r.map { |x| layout(x) }
t = "," + "pa" * 20
parts = t.split(",")
puts layout(t), parts.map { |x| layout(x) }
u = "pa" * 20
puts u.split("a").size, layout(u)
v = "pa" * 20
w = v.split(",", 1)
puts layout(v), layout(w[0])
