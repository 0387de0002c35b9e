p Rational(0, 1), Rational(-2, 4)
p Rational(1, 2)
p Rational(1, 0)
