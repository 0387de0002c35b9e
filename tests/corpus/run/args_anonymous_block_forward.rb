def inner(*a, &b) = b.call(*a)
def outer_fwd(*args, &block) = inner(*args, &block)

p outer_fwd(2, 3) { |x, y| x * y }
p outer_fwd(1) { |x| x.to_s }
def sym_map(arr) = arr.map(&:to_s)
p sym_map([1, :a, nil])
m = 5.method(:+)
p [1, 2].map(&m)
