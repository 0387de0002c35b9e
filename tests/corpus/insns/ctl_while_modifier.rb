s = +""
s << "a" while s.size < 3
p s
