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
# memsize_of: 40 for a slot, plus capacity + terminator for a string's own heap buffer
[0, 1, 22, 23, 24, 25, 40, 100].each do |n|
  s = "m" * n
  puts "#{n}: #{ObjectSpace.memsize_of(s)} #{ObjectSpace.memsize_of(s.dup)} #{layout(s)}"
end
[20, 21, 22, 23].each do |n|
  u16 = ("m" * n).force_encoding("UTF-16LE")
  u32 = ("m" * n).force_encoding("UTF-32LE")
  puts "#{n}: #{ObjectSpace.memsize_of(u16)} #{ObjectSpace.memsize_of(u32)}"
end
s = "é" * 12
puts s.bytesize, ObjectSpace.memsize_of(s), layout(s)
s = "é" * 11
puts s.bytesize, ObjectSpace.memsize_of(s), layout(s)
p ObjectSpace.memsize_of(1), ObjectSpace.memsize_of(nil), ObjectSpace.memsize_of(:sym), ObjectSpace.memsize_of(1.5)
p ObjectSpace.memsize_of([1, 2]), ObjectSpace.memsize_of(Array.new(4, 1)), ObjectSpace.memsize_of({}), ObjectSpace.memsize_of({a: 1})
p ObjectSpace.memsize_of(Object.new), ObjectSpace.memsize_of(2**70)
