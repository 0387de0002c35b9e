x = 10
[1].each { |i; x| x = i }
p x
l = ->(y; x) { x = y * 2; x }
p l.call(4)
p x
p l.parameters
