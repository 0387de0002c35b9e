[1, 2].each { |n| puts n }
