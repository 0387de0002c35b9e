r = [3, 1, 2].sort { |a, b| b <=> a }.first(2)
p r
