def f = 1 +
puts f
