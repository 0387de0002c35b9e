p String(1), String(nil), String(:sym), String([1, 2]), String(1.5)
p Array(nil), Array([1]), Array(1..3), Array("s"), Array({a: 1})
p Array([nil]), Array(1)
p Hash(nil), Hash([]), Hash({a: 2})
begin
  Hash(1)
rescue TypeError => e
  p e.message
end
p Rational("1/3"), Rational(2, 4), Rational("0.75"), Rational(1.5)
p Complex("1+2i"), Complex(3, 4)
begin
  Rational("abc")
rescue ArgumentError => e
  p e.message
end
