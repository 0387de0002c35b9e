a = 10 % 3
b = 10 %3
puts %(str)
x = 5
y = x %(2)
