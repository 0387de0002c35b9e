p %i[a b c], %I[x#{1} y]
