puts 1 2
puts 3 4 5
puts 6
