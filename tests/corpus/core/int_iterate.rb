3.times { |i| print i, " " }
puts
1.upto(4) { |i| print i, " " }
puts
4.downto(1) { |i| print i, " " }
puts
1.step(10, 4) { |i| print i, " " }
puts
10.step(1, -3) { |i| print i, " " }
puts
1.step(2, 0.5) { |f| print f, " " }
puts
p 0.times.to_a, 3.upto(1).to_a, 1.downto(3).to_a
p 5.times.map { _1 * 2 }
r = 3.times { }
p r
