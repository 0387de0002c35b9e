x = not y
p(not z)
