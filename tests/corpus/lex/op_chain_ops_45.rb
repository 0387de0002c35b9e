total = price * qty + tax - discount / 2
ok = a > 0 && b < 10 || c == 5
mask = (1 << n) - 1 & 0xff
