base = 10
p [1, 2].map { |x| x + base }
