a = 1..2
b = 1...3
c = (x..y)
d = x...
each_range(..5)
