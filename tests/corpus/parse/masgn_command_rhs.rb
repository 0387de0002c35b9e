a, b = foo 1, 2
