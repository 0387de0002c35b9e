S = Struct.new(:v)
s = S.new
s.v ||= 4
p s.v
