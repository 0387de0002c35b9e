p Float("1.5"), Float("-2"), Float("1e3"), Float("  3.25 "), Float("1_000.5")
p Float(3), Float(2**64)
p Float("0x1p3")
p Float("x", exception: false)
["abc", "", "1.5x", "1."].each do |s|
  begin
    Float(s)
  rescue ArgumentError => e
    p e.message
  end
end
begin
  Float(nil)
rescue TypeError => e
  p e.message
end
