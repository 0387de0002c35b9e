p (1..10).step(3).to_a, (1...10).step(3).to_a, (1..10) % 4, ((1..10) % 4).to_a, (1.0..2.0).step(0.5).to_a
p (0..1).step(0.25).to_a, (1..2).step(1r/3).to_a, ("a".."e").step(2).to_a, (1..).step(5).first(3)
r = []
(10..20).step(5) { r << _1 }
p r, (1..10).step(3).size, (1..10).step(3).class
begin
  (1..10).step(-1).to_a
rescue ArgumentError => e
  p e.message
end
p (1..10).step(0).first(1) rescue p $!.message
