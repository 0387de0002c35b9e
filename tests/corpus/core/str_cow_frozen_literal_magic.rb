# frozen_string_literal: true
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
# with the magic comment every literal is an fstring
a = "a frozen literal long enough to need a heap buffer"
b = "a frozen literal long enough to need a heap buffer"
p a.equal?(b), a.frozen?
puts layout(a)
c = a.dup
puts layout(c)
p root(c) == addr(a)
c << "!"
puts layout(c)
p a.end_with?("buffer")
d = +a
p d.frozen?, root(d) == addr(a)
