x = 0
p x
