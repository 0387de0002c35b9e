x = 1
y = 2
puts x + y
