puts max(1, 2 3)
puts min(4 5, 6)
puts sum(7, 8)
