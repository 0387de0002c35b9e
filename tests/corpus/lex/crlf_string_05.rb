s = "a
b"
t = 'c
d'
