a = b = c = []
a << 1
p c
