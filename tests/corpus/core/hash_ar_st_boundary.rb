# Crossing 8 pairs (ar_table -> st_table) and back down keeps every pair and its order
h = {}
(1..40).each do |i|
  h["k#{i}"] = i
  raise "lost #{i}" unless h.keys == (1..i).map { "k#{_1}" }
end
p h.size, h["k9"], h["k40"], h.keys[7, 3]
(1..35).each { |i| h.delete("k#{i}") }
p h, h.size
(1..10).each { |i| h["n#{i}"] = i }
p h.keys
s = {}
8.times { |i| s[i] = i }
s.delete(0)
s[:ninth] = 9
s[:tenth] = 10
p s, s.size
s.delete(:ninth)
p s.keys, s[:tenth]
t = {}
9.times { |i| t[i] = i }
9.times { |i| t.delete(i) }
p t, t.empty?
t[:again] = 1
p t
