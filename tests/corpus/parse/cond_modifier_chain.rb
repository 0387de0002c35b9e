x = 1
x += 1 if x < 5 unless x.nil?
