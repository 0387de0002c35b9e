a / b
a /b/
x = 10
x /2
x / 2
