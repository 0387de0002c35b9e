%w[a b
puts 1
