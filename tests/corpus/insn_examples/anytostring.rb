count = 3
puts "#{count} items"
