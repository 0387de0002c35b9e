S = Struct.new(:c)
s = S.new(0)
s&.c += 1
t = nil
t&.c += 1
p s.c
