x = (not true)
a and b
c or d
e = (not f) or g and h
