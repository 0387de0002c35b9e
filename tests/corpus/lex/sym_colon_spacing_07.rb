a ? :b : :c
x = y ? :z:w
m(:sym, :other)
