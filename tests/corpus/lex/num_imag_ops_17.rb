z = 1 + 2i
w = z * 3ri
q = 1/3r
