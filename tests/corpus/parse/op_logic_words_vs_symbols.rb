x = a or b
y = (a || b)
z = a and b
