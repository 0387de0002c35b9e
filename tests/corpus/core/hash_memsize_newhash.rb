# A hash literal with computed values is built by newhash (rb_hash_bulk_insert): 9 to 16
# pairs get 16 entries and 32 bins
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
x = 1
puts size({1 => x, 2 => 2, 3 => 3})
puts size({1 => x, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9})
puts size({1 => x, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9, 10 => 1, 11 => 1, 12 => 1, 13 => 1, 14 => 1, 15 => 1, 16 => 1})
