x = 10
[1].each { |y; x| x = y }
p x
