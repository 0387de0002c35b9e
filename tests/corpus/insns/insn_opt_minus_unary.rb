b = 4
p 0 - b
