puts (1)
puts (1).to_s
puts ((2))
x = [1].first (0)
