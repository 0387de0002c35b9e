x = -1ri
y = -3.0i
