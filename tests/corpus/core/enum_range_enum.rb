r = (1..10)
p r.select(&:even?), r.each_slice(4).to_a, r.partition { _1 < 4 }
p r.inject(:+), r.min_by { -_1 }, r.to_a.reverse.take(2)
p ("a".."e").map(&:upcase), ("a".."e").each_cons(2).map(&:join)
p (1..3).zip("a".."c"), (1...10).step(3).to_a
p (1..6).each_with_object([]) { |x, a| a.unshift(x) }
p (1..0).map { _1 }, (1..0).sum, (1..0).min
