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
# a StringIO writes through rb_str_modify: its shared string is copied, the other one kept
require "stringio"
a = "io" * 20
b = a.dup
io = StringIO.new(a)
io.write("XY")
puts layout(a), layout(b)
p a[0, 4], b[0, 4]
c = "io" * 20
d = c.dup
StringIO.new(c, "w")
p c, d.size
