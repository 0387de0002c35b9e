a = Complex(1, 2)
b = Complex(3, 4)
p a + b, a - b, a * b, a / b, b / a, a ** 2, a ** 0, a ** -1
p a * 2, a + 1.5, a / 2, a.fdiv(2), a * 1r / 3
p a == Complex(1, 2), a == 1, Complex(3, 0) == 3
p a.conjugate, a.conj, -a, a.abs, b.abs, b.abs2, a.arg, a.polar, b.rectangular
p Complex.polar(1, Math::PI / 2).rect.map { _1.round(10) }
p 1i ** 2, 1i * 1i, (1 + 1i) ** 8
