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
# String#freeze runs rb_str_resize(str, len): a heap string short enough moves into its slot
a = "fz" * 20
20.times { a.chop! }
puts layout(a)
a.freeze
puts layout(a)
b = "fz" * 20
b << "x"
b.freeze
puts layout(b)
c = "fz" * 20
d = c.dup
c.freeze
puts layout(c), layout(d)
e = "fz" * 20
15.times { e.chop! }
puts layout(e)
f = e.dup
puts layout(f)
e.freeze
puts layout(e)
