a = %w[one two three]
b = %W[a#{x} b c]
c = %i[x y z]
d = %I[s#{1} t]
