sum = 0
[1, 2].each { |n| sum += n }
