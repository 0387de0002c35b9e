p Rational(1, 2)
p Rational(1, 0)
