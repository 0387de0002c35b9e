def pair = (return 1, 2)
p pair
