a = true
b = a ? 1
c = 2
