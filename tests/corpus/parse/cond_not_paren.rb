x = not(true)
