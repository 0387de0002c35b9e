a = %w[x y z]
a.each_index { |i| print i, ":", a[i], " " }
puts
p a.each_index.to_a, a.each_with_index.to_a, a.each.with_index(1).to_a
r = a.each { }
p r.equal?(a)
a.reverse_each { |x| print x }
puts
p a.map.with_index { |x, i| x * (i + 1) }
