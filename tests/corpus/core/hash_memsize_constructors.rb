# How big a table each way of making a hash starts with: rb_hash_new_with_size for Array#to_h,
# Hash#to_h with a block, invert and slice; pair by pair for the rest
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
[3, 9, 20].each do |n|
  a = (1..n).map { [_1, _1] }
  h = a.to_h
  print n, ": to_h ", size(h), " to_h{} ", size((1..n).to_h { [_1, _1] }), " Hash[] ", size(Hash[a])
  print " zip ", size((1..n).zip(1..n).to_h), " group_by ", size((1..n).group_by { _1 }), " tally ", size((1..n).tally)
  print " h.to_h{} ", size(h.to_h { [_1, _2] }), " transform_keys ", size(h.transform_keys { _1 }), " invert ", size(h.invert)
  print " map.to_h ", size(h.map { [_1, _2] }.to_h), " ewo ", size((1..n).each_with_object({}) { |i, x| x[i] = i })
  print " filter_map ", size(h.filter_map { [_1, _2] }.to_h), " sum ", size(h.merge(h)), " compact ", size(h.compact), " slice ", size(h.slice(*h.keys)), "\n"
end
