@v = 3.5
puts "float #{@v} and #{[1]}"
