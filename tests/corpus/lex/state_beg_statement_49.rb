x = 1
-x
*a, b = c
