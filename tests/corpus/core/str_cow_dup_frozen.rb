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
# a frozen long String is its own root: dup and clone point straight at it
a = ("xy" * 20).freeze
b = a.dup
c = a.clone
d = a.clone(freeze: false)
puts layout(a), layout(b), layout(c), layout(d)
p root(b) == addr(a), root(c) == addr(a), root(d) == addr(a)
p b.frozen?, c.frozen?, d.frozen?
b << "!"
p b.end_with?("!"), a.end_with?("y")
puts layout(b), layout(a)
