def x(a) = a + 1
