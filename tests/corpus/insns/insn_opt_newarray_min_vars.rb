a = 3
b = 9
p [a, b].min
