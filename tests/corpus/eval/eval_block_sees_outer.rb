x = 5
p eval("y = 1\n[1, 2].map { |q| q + x + y }")
