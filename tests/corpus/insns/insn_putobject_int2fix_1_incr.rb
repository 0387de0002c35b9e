n = 0
n += 1
p n
