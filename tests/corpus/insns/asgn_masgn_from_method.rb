def pair = [1, 2]
x, y = pair
p x + y
