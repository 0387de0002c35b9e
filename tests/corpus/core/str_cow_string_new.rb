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
# String.new(str) is rb_str_replace: shared when long; capacity: always a heap buffer
a = "cd" * 20
b = String.new(a)
puts layout(a), layout(b)
p root(a) == root(b)
puts layout(String.new), String.new.encoding
puts layout(String.new("abc"))
puts layout(String.new(capacity: 100))
puts layout(String.new("abc", capacity: 10))
puts layout(String.new(a, capacity: 10))
c = String.new(capacity: 100)
c << "x" * 150
puts layout(c)
class MyString < String; end
m = MyString.new(a)
puts layout(m), m.class
p root(m) == root(a)
