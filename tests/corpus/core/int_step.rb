p 1.step(10, 3).to_a, 10.step(1, -3).to_a, 1.0.step(2.0, 0.25).to_a
p 1.step(3, 0.5).to_a, 1.step(by: -1, to: -2).to_a
p 1.step(1, 1).to_a, 1.step(0, 1).to_a
p 0.1.step(0.5, 0.1).to_a
begin
  1.step(5, 0) { break }
rescue ArgumentError => e
  p e.message
end
p 1.step(5, 0).first(3) rescue p $!
