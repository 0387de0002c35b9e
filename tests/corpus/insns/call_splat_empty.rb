def none(*a) = a
e = []
p none(*e)
