x = 1 ) + 2
puts x
puts x * 2
puts "done"
