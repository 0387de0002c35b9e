a ? :b : :c
a ? (b ? 1 : 2) : 3
x = y ? :z :w
