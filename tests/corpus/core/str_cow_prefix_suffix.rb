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
# delete_prefix! cuts the head off a fresh copy (so it is shared again); delete_suffix! copies
def pair
  a = "ps" * 20
  [a, a.dup]
end
a, b = pair
a.delete_prefix!("ps")
puts "prefix!: #{layout(a)} | #{layout(b)} #{a.size} #{root(a) == root(b)}"
a, b = pair
p a.delete_prefix!("x")
puts "prefix! miss: #{layout(a)}"
a, b = pair
a.delete_suffix!("ps")
puts "suffix!: #{layout(a)} | #{layout(b)} #{a.size}"
a, b = pair
p a.delete_suffix!("x")
puts "suffix! miss: #{layout(a)}"
s = "ps" * 20
puts layout(s.delete_prefix("ps")), layout(s), layout(s.delete_suffix("ps"))
s = "ps" * 20
t = s.delete_prefix("zz")
puts layout(s), layout(t), root(s) == root(t)
s = "ps" * 20
puts layout(s.delete_suffix("zz"))
