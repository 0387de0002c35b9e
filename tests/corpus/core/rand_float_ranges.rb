r = Random.new(99)
p 5.times.map { r.rand(1.0...2.0) }, r.rand(10.0), r.rand(-1.0..1.0), r.rand(1...2), r.rand(2**64)
begin
  r.rand(0)
rescue ArgumentError => e
  p e.message
end
begin
  r.rand(-1)
rescue ArgumentError => e
  p e.message
end
begin
  r.rand(5..1)
rescue ArgumentError => e
  p e.message
end
