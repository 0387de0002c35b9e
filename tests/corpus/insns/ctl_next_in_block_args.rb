r = [[1, 2], [3, 4]].map { |a, b| next a if b > 3; b }
p r
