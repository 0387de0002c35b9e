x = 1
s = "never closed
y = 2
