puts 1 if
puts 2 unless
