r = [1, 2, 3].find { |x| x > 1 }
s = [1, 2, 3].each { |x| break :early if x == 2 }
p r, s
