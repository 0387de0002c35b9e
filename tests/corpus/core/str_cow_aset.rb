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
# []= goes through rb_str_splice_0: cutting the head off with "" only moves the start
def show(label)
  a = "as" * 20
  b = a.dup
  yield a
  puts "#{label}: #{layout(a)} | #{layout(b)} | #{a[0, 8]} #{b == "as" * 20}"
end
show("same length") { |s| s[0] = "Z" }
show("longer") { |s| s[1] = "xyz" }
show("head cut") { |s| s[0, 3] = "" }
show("head cut 0") { |s| s[0, 0] = "" }
show("middle cut") { |s| s[2, 3] = "" }
show("range") { |s| s[1..2] = "RR" }
show("string index") { |s| s["sa"] = "SA" }
show("regexp") { |s| s[/s/] = "S" }
show("drop 20") { |s| s[0, 20] = "" }
a = "as" * 20
a << "x"
a[1] = "xyz"
puts layout(a)
