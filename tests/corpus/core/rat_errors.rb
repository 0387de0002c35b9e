begin
  1/0r
rescue ZeroDivisionError => e
  p e.message
end
begin
  Rational("x/y")
rescue ArgumentError => e
  p e.message
end
begin
  Rational(nil)
rescue TypeError => e
  p e.message
end
p Rational("1/0", exception: false) rescue p $!
p (1r / 0.0), (0r / 0.0).nan?
