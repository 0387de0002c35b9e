[1, 2, 3].each { |n| break n if n > 1 }
