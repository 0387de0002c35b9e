a = 1
b = a
c = a + b
