(1..10).each { |i| print i if (i == 3)..(i == 5) }
