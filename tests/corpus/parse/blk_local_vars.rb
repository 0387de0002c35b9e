x = 10
[1].each { |a; x, y| x = a }
