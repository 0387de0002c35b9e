count = 5
puts count
