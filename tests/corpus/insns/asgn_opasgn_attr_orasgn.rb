S = Struct.new(:list)
s = S.new
s.list ||= []
s.list << :x
p s
