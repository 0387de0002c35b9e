x = 10
add = lambda { |y| x + y }
p add.call(5)
x = 20
p add.call(5)
[1, 2, 3].each { |i| x += i }
p x
p add.(0)
