puts(1, 2
puts 3
