x = 1
sign = x > 0 ? 1 : -1
