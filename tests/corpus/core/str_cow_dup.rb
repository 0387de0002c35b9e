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
# String#dup of a long String: both share one frozen root (str_duplicate / str_new_frozen)
a = "ab" * 20
puts layout(a)
b = a.dup
puts layout(a), layout(b)
p root(a) == root(b), root(a) != addr(a)
c = a.dup
p root(c) == root(a)
r = ObjectSpace.reachable_objects_from(b).last
p r.frozen?, r == a, r.equal?(a), r.equal?(b), layout(r)
short = "ab" * 3
puts layout(short), layout(short.dup)
p short.dup.equal?(short), a.dup == a
