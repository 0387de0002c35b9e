name = "x"
puts "Hello, #{name}!"
puts "#{1 + 2} and #{name.upcase}"
