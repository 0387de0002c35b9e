c = Complex(3, 4)
p c.real?, c.finite?, c.infinite?, c.to_c
p((c.rationalize rescue $!.message))
p Complex(3, 0).to_i, Complex(3.5, 0).to_f, Complex(1, 0).to_r
begin
  c.to_i
rescue RangeError => e
  p e.message
end
begin
  c < Complex(5)
rescue NoMethodError => e
  p e.message[0, 30]
end
p c <=> Complex(5), Complex(3) <=> Complex(5), c.hash == Complex(3, 4).hash
p Complex::I, Complex("2.5+1/2i")
