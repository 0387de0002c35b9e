a, *b = list
