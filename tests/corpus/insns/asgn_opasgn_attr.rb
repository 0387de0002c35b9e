S = Struct.new(:n)
s = S.new(1)
s.n += 10
p s.n
