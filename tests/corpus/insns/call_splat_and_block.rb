def sb(*a, &b) = b.call(*a)
args = [1, 2]
p sb(*args) { |x, y| x + y }
