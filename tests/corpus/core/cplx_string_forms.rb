p Complex(1, 2).to_s, Complex(-1, -2).to_s, Complex(1.5, 0).to_s, Complex(0, -0.0).to_s, Complex(1, Float::INFINITY).to_s
p Complex(1, Float::NAN).inspect, Complex(1r, 2r).inspect, Complex(3, 4) / 2, Complex(3, 4).quo(2), Complex(3, 4).fdiv(2)
p Complex(1, 2) + 1r, 2.to_c, 1.5.to_c, nil.to_c, "".to_c
