p (1..7).each_slice(3).to_a
p (1..7).each_cons(3).to_a
p [1, 2].each_slice(5).to_a, [1, 2].each_cons(5).to_a
p [].each_slice(2).to_a
(1..6).each_slice(2) { |a, b| print a + b, " " }
puts
(1..4).each_cons(2) { |x| p x }
p({a: 1, b: 2, c: 3}.each_slice(2).to_a)
p (1..10).each_slice(3).map(&:sum)
p (1..5).each_slice(2).size, (1..5).each_cons(2).size
begin
  [1].each_slice(0)
rescue ArgumentError => e
  p e.message
end
