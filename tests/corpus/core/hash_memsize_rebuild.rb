# rebuild_table: a full entries array is compacted in place when a quarter to a half of it is
# live (or fewer than 4 entries are), else moved to arrays for 2*live-1 entries; deleting,
# clearing and shifting never shrink the table
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
[0, 20, 32, 40, 50, 60, 61, 63, 64].each do |d|
  h = {}
  64.times { |i| h[i] = i }
  d.times { |i| h.delete(i) }
  before = size(h)
  h[:new] = 1
  puts "64 entries, #{d} deleted: #{before} -> #{size(h)} (#{h.size} pairs)"
end
h = {}
100.times { |i| h[i] = i }
puts "100: #{size(h)}"
90.times { |i| h.delete(i) }
puts "90 deleted: #{size(h)}"
h.clear
puts "cleared: #{size(h)}"
h[1] = 1
puts "one more: #{size(h)}"
h = {}
100.times { |i| h[i] = i }
90.times { h.shift }
puts "90 shifted: #{size(h)}"
h.rehash
puts "rehashed 10: #{size(h)}"
h = {}
20.times { |i| h[i] = i }
15.times { |i| h.delete(i) }
h.rehash
puts "rehashed 5 of 20: #{size(h)} #{h.keys}"
h = {a: 1}
h.delete(:a)
puts "ar emptied: #{size(h)}"
h = {a: 1, b: 2}
h.clear
puts "ar cleared: #{size(h)}"
ar = {}
8.times { |i| ar[i] = i }
3.times { |i| ar.delete(i) }
ar[:x] = 1
puts "ar reused: #{size(ar)} #{ar.keys}"
