# The table behind a Hash, seen through ObjectSpace.memsize_of (40 bytes of RVALUE, then
# hash.c's ar_table of 8 pairs, or st.c's st_table: 56 bytes + 24 per entry + the bins)
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
h = {}
puts "empty #{size(h)}"
last = size(h)
(1..600).each do |i|
  h[i] = i
  now = size(h)
  puts "#{i} pairs: #{now}" if now != last
  last = now
end
s = {}
(1..600).each do |i|
  s["key#{i}"] = i
  now = size(s)
  puts "string #{i}: #{now}" if now != last
  last = now
end
