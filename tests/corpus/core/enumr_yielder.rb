e = Enumerator.new do |y|
  y << 1 << 2
  y.yield 3, 4
  r = y.yield(5)
  y << r.inspect
end
p e.to_a
e.each { |*a| p a }
p e.next, e.next, e.next, e.next
p e.map { |x| x.class }
g = Enumerator.new { |y| 3.times { |i| y << "item#{i}" }; :ret }
p g.each { }
