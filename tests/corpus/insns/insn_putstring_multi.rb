a = "one"
b = 'two'
p a + b
