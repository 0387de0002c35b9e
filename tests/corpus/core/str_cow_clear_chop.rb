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
# clear drops the buffer (embedded, empty); chop! copies first; chomp! only when it chomps
def pair(t = "cc" * 20)
  [t, t.dup]
end
a, b = pair
a.clear
puts "clear: #{layout(a)} | #{layout(b)}"
a, b = pair
a.chop!
puts "chop!: #{layout(a)} | #{layout(b)}"
a, b = pair
a.chomp!("c")
puts "chomp! c: #{layout(a)} | #{layout(b)}"
a, b = pair
p a.chomp!
puts "chomp! none: #{layout(a)}"
a, b = pair("line of text long enough\n")
a.chomp!
puts "chomp! newline: #{layout(a)} #{a.inspect}"
a = "cc" * 20
20.times { a.chop! }
puts "chop 20: #{layout(a)}"
a = "cc" * 20
a.clear
a << "x" * 30
puts "clear <<: #{layout(a)}"
