S4 = Struct.new(:x)
o = S4.new
y = (o.x = 3)
p y
