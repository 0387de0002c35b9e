x = 12
puts "big" if x > 10
