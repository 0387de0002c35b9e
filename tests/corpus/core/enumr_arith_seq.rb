s = 1.step(10, 3)
p s, s.class, s.to_a, s.size, s.first(2), s.last, s.begin, s.end, s.step
s = (1..2).step(0.5)
p s, s.to_a
p 10.step(1, -4).to_a, (0.0...1.0).step(0.25).to_a
p ((1..10) % 4).to_a
p 1.step(by: 2, to: 7).to_a
p (1..10).step(2) == 1.step(10, 2)
p s.sum rescue p $!
