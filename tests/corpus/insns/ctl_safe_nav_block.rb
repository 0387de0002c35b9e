xs = [1, 2]
p xs&.map { |x| x + 1 }
