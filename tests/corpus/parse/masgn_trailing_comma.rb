a, = x
a, b, = list
