a = ?ab
x = 1
y = x ?a :b
