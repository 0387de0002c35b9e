@a = 1
p @a.nil?
