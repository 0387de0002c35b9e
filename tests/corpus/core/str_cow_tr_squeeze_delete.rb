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
# tr!, tr_s!, delete!, squeeze! modify first; the plain forms are a copy run through them
def pair
  a = "aabbcc" * 7
  [a, a.dup]
end
%w[tr! tr_s!].each do |m|
  a, b = pair
  a.send(m, "a", "k")
  puts "#{m}: #{layout(a)} | #{layout(b)} #{a[0, 6]}"
  a, b = pair
  p a.send(m, "x", "k")
  puts "#{m} no-op: #{layout(a)}"
end
a, b = pair
a.delete!("a")
puts "delete!: #{layout(a)} #{a[0, 4]}"
a, b = pair
p a.delete!("x")
puts "delete! no-op: #{layout(a)}"
a, b = pair
a.squeeze!
puts "squeeze!: #{layout(a)} #{a[0, 4]}"
a, b = pair
p a.squeeze!("x")
puts "squeeze! no-op: #{layout(a)}"
%i[tr tr_s].each do |m|
  s = "aabbcc" * 7
  t = s.send(m, "a", "k")
  puts "#{m}: #{layout(s)} | #{layout(t)}"
end
s = "aabbcc" * 7
t = s.delete("x")
puts "delete: #{layout(s)} | #{layout(t)}"
s = "aabbcc" * 7
t = s.squeeze
puts "squeeze: #{layout(s)} | #{layout(t)} #{t}"
p "".tr!("a", "b"), "".delete!("a")
