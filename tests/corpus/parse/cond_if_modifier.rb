puts "big" if x > 10
