(1..3).each { |i| print i }
puts
(1...3).each { |i| print i }
puts
(3..1).each { |i| print i }
puts
(1..3).reverse_each { |i| print i }
puts
("a".."c").each_with_index { |c, i| print c, i }
puts
p (1..6).each_slice(2).map(&:sum), (1..4).each_cons(2).to_a, (1..3).map { _1 * _1 }, (1..3).reverse_each.to_a
p (1..10).select(&:even?), (1..10).each_entry.first(2), (1..3).zip(4..6), (1..3).cycle.first(5)
