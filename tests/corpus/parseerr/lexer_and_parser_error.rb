p 0b
x = 1 +
puts(x]
