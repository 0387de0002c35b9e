p 1
p 0b
