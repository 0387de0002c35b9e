i = 0
i += 1 while i < 10
