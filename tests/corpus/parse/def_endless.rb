def x = 1
