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
# slice!: the cut part is a copy; cutting the head moves the start (rb_str_drop_bytes)
def pair
  a = "sl" * 20
  [a, a.dup]
end
a, b = pair
r = a.slice!(0, 2)
puts "head: #{r} #{layout(a)} | #{layout(b)} #{a[0, 4]}"
a, b = pair
r = a.slice!(3, 2)
puts "middle: #{r} #{layout(a)} | #{layout(b)}"
a, b = pair
r = a.slice!(100, 2)
puts "miss: #{r.inspect} #{layout(a)} | #{layout(b)}"
a, b = pair
r = a.slice!(1, 100)
puts "tail: #{layout(r)} #{layout(a)}"
a, b = pair
arg = "sl" * 13
r = a.slice!(arg)
puts "string: #{layout(r)} #{root(r) == root(arg)} #{layout(a)}"
a = "sl" * 20
a.slice!(0, 20)
puts "to 20: #{layout(a)}"
a = "sl" * 20
a.slice!(0, 1)
b = a.dup
a.slice!(0, 1)
puts "twice: #{layout(a)} #{layout(b)} #{root(a) == root(b)} #{a.size} #{b.size}"
