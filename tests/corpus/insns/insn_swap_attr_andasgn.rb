S2 = Struct.new(:v)
s = S2.new(1)
s.v &&= 9
p s.v
