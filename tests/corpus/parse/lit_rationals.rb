a = 3r
b = 1.5r
c = -2r
d = 0x10r
