p 5.clamp(1, 3), -1.clamp(0, 10), 5.clamp(1, 10)
p 5.clamp(1..3), 5.clamp(..3), 0.clamp(1..), 2.5.clamp(1, 2)
p "m".clamp("a", "f"), "b".clamp("c".."z")
begin
  5.clamp(3, 1)
rescue ArgumentError => e
  p e.message
end
begin
  5.clamp(1...3)
rescue ArgumentError => e
  p e.message
end
