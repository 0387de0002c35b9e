x = 1
puts x