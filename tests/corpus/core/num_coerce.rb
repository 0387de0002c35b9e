p 1.coerce(2.5), 1.5.coerce(2), 1r.coerce(2), 1r.coerce(2.0), Complex(1).coerce(2)
p 1 + 1r, 1r + 1, 1.0 + 1r, 1r + 1.0, 1 + 0.5i, 2r * 1i
p (1 + 1r).class, (1r + 1.0).class, (1 + 0i).class
begin
  1 + nil
rescue TypeError => e
  p e.message
end
begin
  1.5 * "x"
rescue TypeError => e
  p e.message
end
begin
  1r - :s
rescue TypeError => e
  p e.message
end
