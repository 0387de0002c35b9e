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
# insert(-1) appends (str_buf_cat doubles the buffer); elsewhere rb_str_update resizes exactly
def show(label)
  a = "ip" * 20
  b = a.dup
  yield a
  puts "#{label}: #{layout(a)} | #{layout(b)} | #{a[0, 6]}"
end
show("insert 1") { |s| s.insert(1, "I") }
show("insert -1") { |s| s.insert(-1, "I") }
show("insert 0 empty") { |s| s.insert(0, "") }
show("insert 3 empty") { |s| s.insert(3, "") }
show("insert -3") { |s| s.insert(-3, "XY") }
show("prepend") { |s| s.prepend("p") }
show("prepend 2") { |s| s.prepend("x", "y") }
show("prepend empty") { |s| s.prepend("") }
show("prepend none") { |s| s.prepend }
c = "ip" * 20
c.insert(0, "")
puts layout(c)
