s = "text".freeze
a = [1, 2].freeze
h = {k: 1}.freeze
[-> { s << "x" }, -> { s.upcase! }, -> { s[0] = "T" }, -> { a << 3 }, -> { a.sort! }, -> { a.clear },
 -> { h[:j] = 2 }, -> { h.delete(:k) }, -> { h.merge!(j: 1) }, -> { s.replace("z") }].each do |l|
  l.call
rescue FrozenError => e
  puts e.message
end
p s, a, h
