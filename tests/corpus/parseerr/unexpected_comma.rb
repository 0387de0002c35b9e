x = , 1
puts x
y = 2,, 3
