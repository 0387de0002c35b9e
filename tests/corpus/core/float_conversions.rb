p 1.5.to_i, 1.5.to_r, 0.1.to_r, 0.5.rationalize, 0.1.rationalize, 0.333.rationalize(0.01), 1.5.to_c
p 3.0.to_i.class, 1e25.to_i, -1e25.to_i, 1.5.to_s, 2.0.inspect
p 1.25.numerator, 1.25.denominator, 0.1.numerator
p "3.7abc".to_f, "abc".to_f, ".5".to_f, "1e3".to_f, "1_000.5".to_f, "-0".to_f, " 2.5 ".to_f
p 3.99.to_i, -3.99.to_i, 1.0.to_s
