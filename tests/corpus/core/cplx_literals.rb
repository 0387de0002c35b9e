p 2i, 1 + 2i, 1.5i, 3ri, Complex(1, 2), Complex(1.5, -2), Complex(3), Complex("1+2i"), Complex("-i")
p Complex(1, 2).real, Complex(1, 2).imaginary, Complex(1, 2).imag, 2i.class
puts 1 + 2i, Complex(1, -0.0), Complex(0, 1), Complex(-1, -1)
p Complex(1, 2).to_s, Complex(1.0, 2.0).inspect, Complex(1r/2, 1).inspect
