a = 3r
b = 1.5r
c = 2i
d = 3ri
e = 1.5ri
f = 0x10r
g = 2.0i
