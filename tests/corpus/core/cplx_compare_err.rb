p Complex(1, 1) <=> Complex(2, 0), Complex(1, 0) <=> Complex(2, 0)
p Complex(1, 1) == Complex(1, 1)
p Complex(1, 1) > Complex(0, 0)
