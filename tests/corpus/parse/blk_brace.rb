[1, 2].each { |x| puts x }
