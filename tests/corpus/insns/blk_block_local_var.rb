x = 10
[1].each { |i; x| x = i }
p x
