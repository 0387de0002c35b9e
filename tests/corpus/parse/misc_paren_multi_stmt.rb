r = (a = 1; b = 2; a + b)
(puts "x"; puts "y")
