# Copies keep the table's layout (st_copy); identity hashes are st_tables from the start
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
h = {}
100.times { |i| h[i] = i }
90.times { |i| h.delete(i) }
puts "dup #{size(h.dup)} clone #{size(h.clone)} Hash[] #{size(Hash[h])} select #{size(h.select { true })}"
puts "reject #{size(h.reject { false })} transform_values #{size(h.transform_values { 0 })}"
small = {a: 1, b: 2}
puts "small dup #{size(small.dup)} merge #{size(small.merge(c: 3))}"
[0, 1, 3, 4, 7, 8, 15, 16, 20, 40].each do |n|
  x = {}
  n.times { |i| x[i] = i }
  puts "compare_by_identity with #{n}: #{size(x.compare_by_identity)}"
end
id = {}.compare_by_identity
30.times { |i| id[i] = i }
puts "identity 30: #{size(id)}"
puts "{} #{size({})} Hash.new #{size(Hash.new)} Hash[] #{size(Hash[])}"
def kw(**k) = k
puts "**kw 1: #{size(kw(a: 1))}, 8: #{size(kw(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8))}"
puts "literal 1: #{size({a: 1})} 8: #{size({1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8})}"
puts "literal 9: #{size({1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9})}"
puts "literal 17: #{size({1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9, 10 => 1, 11 => 1, 12 => 1, 13 => 1, 14 => 1, 15 => 1, 16 => 1, 17 => 1})}"
