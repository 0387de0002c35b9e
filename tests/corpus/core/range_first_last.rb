r = (1..10)
p r.first, r.first(0), r.first(20), r.last, r.last(0), r.last(3), (1...10).last(3), ("a".."e").last(2)
p (1.0..2.0).first rescue p $!.message
p (1.0..2.0).last, (1.0..2.0).begin
begin
  (1.0..2.0).first(2)
rescue TypeError => e
  p e.message
end
begin
  (1..).last
rescue RangeError => e
  p e.message
end
