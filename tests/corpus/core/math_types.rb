p Math.sqrt(16).class, Math.sqrt(4r), Math.sqrt(2**100), Math.sin(1r)
begin
  Math.sqrt("4")
rescue TypeError => e
  p e.message
end
begin
  Math.sqrt(nil)
rescue TypeError => e
  p e.message
end
p Math.sqrt(Float::INFINITY), Math.sqrt(0.0), Math.sqrt(-0.0)
