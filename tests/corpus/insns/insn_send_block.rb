r = [1, 2].map { |x| x * 2 }
p r
