v = (raise "x" rescue :rescued)
p v
w = Integer("12") rescue 0
p w
z = Integer("zz") rescue -1
p z
def m = raise(ArgumentError) rescue :def_level
p m
