a, b = pair rescue [0, 0]
