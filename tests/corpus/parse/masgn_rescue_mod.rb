a, b = foo rescue [1, 2]
