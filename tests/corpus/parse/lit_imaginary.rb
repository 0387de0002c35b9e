a = 2i
b = 1.5i
c = 3ri
d = 1 + 2i
