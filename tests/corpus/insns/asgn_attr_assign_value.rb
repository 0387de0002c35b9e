S = Struct.new(:v)
o = S.new
p(o.v = 5)
