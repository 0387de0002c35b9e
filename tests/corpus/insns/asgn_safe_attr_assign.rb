S = Struct.new(:v)
o = S.new
o&.v = 2
n = nil
n&.v = 3
p o
