name = "x"
puts "a #{1 + } b"
puts "c #{name)} d"
