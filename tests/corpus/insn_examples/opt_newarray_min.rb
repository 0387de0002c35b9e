a = 3
b = 7
[a, b].min
