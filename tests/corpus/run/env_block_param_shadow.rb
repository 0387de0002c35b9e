a = 1
b = 2
f = ->(a) { a + b }
p f.call(10)
p a
[[1, 2]].each { |(a, b)| p [a, b] }
p [a, b]
g = proc { |x, (y, z)| [x, y, z] }
p g.call(1, [2, 3])
