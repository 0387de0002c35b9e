n = 42
puts "n=#{n}"
