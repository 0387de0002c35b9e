p 3r, 1/3r, 2/4r, 0.75r, -1/2r, 1.5r, 3r.class
p Rational(3, 6), Rational(-3, 6), Rational(3, -6), Rational(0, 5), Rational(5), Rational("2/3"), Rational("0.125")
p Rational(1.5), Rational(0.1), Rational("1e2"), Rational(1, 3) == 1/3r
puts 1/3r, 3r, -2/4r
p (1/3r).to_s, (1/3r).inspect, 3r.to_s
