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
# str_buf_cat: appends double the buffer (2 * capa + 1), an embedded string starting from 23
s = "g" * 20
[3, 1, 6, 20, 30, 50, 100].each do |n|
  s << "h" * n
  puts "#{s.bytesize}: #{layout(s)}"
end
t = "g" * 40
t << "x"
puts layout(t)
t << "y" * 40
puts layout(t)
u = ""
40.times { u << "z" }
puts layout(u)
v = "é" * 20
v << "é"
puts layout(v)
w = "g" * 40
w << 0x263a
puts layout(w)
w << 0x263a
puts layout(w)
