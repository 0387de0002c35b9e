x = false
p !x
