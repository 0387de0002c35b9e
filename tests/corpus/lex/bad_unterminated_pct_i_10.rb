a = %i[x y
