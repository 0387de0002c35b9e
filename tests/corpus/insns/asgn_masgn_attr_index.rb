S = Struct.new(:x)
o = S.new
h = {}
o.x, h[:k] = 1, 2
p o.x, h
