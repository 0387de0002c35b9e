p %w[a b].map(&:upcase), [[1], [2, 3]].map(&:size)
p [1, 2].map(&:to_s)
p [1, 2].map(&:upcase)
