*a, b = list
