p "1/3".to_r, "0.5".to_r, "abc".to_r, "3/4xyz".to_r, " 2 ".to_r, "1_000".to_r, "-5/10".to_r
p 1.to_r, 0.5.to_r, Rational(6, 4).to_c, Rational(1, 3).to_f.to_r == Rational(1, 3)
p 0.1r, 1.5r, -0.25r
