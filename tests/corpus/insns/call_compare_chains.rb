a = 3
p 1 < a && a < 5
