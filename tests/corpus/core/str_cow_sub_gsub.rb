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
# sub! changes (and copies) only on a match; gsub! modifies first; gsub's buffer is len + 30
def pair
  a = "qa" * 20
  [a, a.dup]
end
a, b = pair
a.sub!("q", "Q")
puts "sub!: #{layout(a)} | #{layout(b)} #{a[0, 4]}"
a, b = pair
p a.sub!("0", "Q")
puts "sub! miss: #{layout(a)}"
a, b = pair
a.sub!("q", "xyz")
puts "sub! longer: #{layout(a)}"
a, b = pair
a.gsub!("q", "QQ")
puts "gsub!: #{layout(a)} | #{layout(b)}"
a, b = pair
p a.gsub!("0", "Q")
puts "gsub! miss: #{layout(a)}"
a = "qa" * 20
t = a.sub("q", "y")
puts "sub: #{layout(a)} | #{layout(t)} #{t[0, 4]}"
a = "qa" * 20
t = a.sub("0", "y")
puts "sub miss: #{layout(a)} | #{layout(t)} #{root(a) == root(t)}"
a = "qa" * 20
t = a.gsub("q", "c")
puts "gsub: #{layout(a)} | #{layout(t)}"
a = "qa" * 20
t = a.gsub("0", "c")
puts "gsub miss: #{layout(a)} | #{layout(t)}"
puts layout("ab".gsub("a", "x")), layout(("ab" * 20).gsub("a", "xyz"))
puts layout("ab".sub("a", "xyz"))
