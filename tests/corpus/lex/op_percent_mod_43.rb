a % b
c % 2
d%e
x = 10
x % 3
x %3
