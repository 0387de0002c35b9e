c = Complex.polar(2, Math::PI / 3)
p c.real.round(10), c.imag.round(10), c.abs.round(10), c.arg.round(10)
p Complex.rect(3, 4), Complex.rectangular(1, 2).rect, Complex(3, 4).polar.map { _1.round(6) }
p Complex(1, 2) * Complex(3, 4) == Complex(-5, 10), Complex(0, 1) ** 2 == -1, Complex(2, 0) == 2
p Complex("3+4i").abs, Complex("2@1") rescue p $!
