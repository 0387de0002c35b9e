p (1..10).min, (1..10).max, (1...10).max, (1..10).minmax, (1..10).min(3), (1..10).max(2), (1..10).max { |a, b| (a % 4) <=> (b % 4) }
p (1.0..2.5).min, (1.0..2.5).max, (1..2.5).max rescue p $!.message
begin
  (1.0...2.5).max
rescue TypeError => e
  p e.message
end
p (5..1).min, (5..1).max, ("a".."c").minmax, (1..).min
begin
  (1..).max
rescue RangeError => e
  p e.message
end
