(1..6).each { |i| print i if (i % 2 == 0)...(i % 3 == 0) }
puts
