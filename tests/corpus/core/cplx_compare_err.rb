p Complex(1, 1) == Complex(1, 1)
p Complex(1, 1) > Complex(0, 0)
