p Math.sqrt(4), (Math.sqrt(-4) rescue $!.message)
p Complex(-4) ** 0.5, Complex(-1, 0) ** (1/2r)
p Complex(1, 1).abs.round(12), Complex(0, 2).arg
p Complex(2, 3).numerator, Complex(1/2r, 1/3r).denominator
