n = 5
p :"s#{n}", %s(lit)
