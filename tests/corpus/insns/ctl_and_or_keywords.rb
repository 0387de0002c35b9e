a = nil
b = a or 5
c = 1 and 2
p b, c
