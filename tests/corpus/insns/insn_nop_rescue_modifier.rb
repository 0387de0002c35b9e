v = Integer("x") rescue -1
p v
