puts 1, 2
p :a => 1
