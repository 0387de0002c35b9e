ok = a && b
