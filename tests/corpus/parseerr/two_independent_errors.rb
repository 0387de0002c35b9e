x = 1 +
y = (2 * )
puts x
z = [1, 2
puts z
