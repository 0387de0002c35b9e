a = 20
p a / 6
