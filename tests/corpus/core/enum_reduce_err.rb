p %w[a b].reduce(:+)
p [1, 2, 3].reduce(:+)
p ["a", 1].reduce(:+)
