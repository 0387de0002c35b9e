x = cond ? a = 1 : b = 2
