ok = 5 in Integer
