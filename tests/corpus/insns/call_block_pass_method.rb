def inc(x) = x + 1
p [1, 2].map(&method(:inc))
