_,f,_,z = "a b c d".split
a, b, c = b, a, 1
p f -1, z
