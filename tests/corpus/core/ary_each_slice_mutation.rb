a = (1..10).to_a
p a.each_slice(4).map { _1.reverse }.flatten, a.each_cons(9).map(&:sum), a.each_slice(3).with_index.map { |s, i| s.sum * i }
p a.each_with_index.group_by { |x, i| i / 4 }.values.map { |g| g.map(&:first) }, a.select.with_index { |x, i| i % 3 == 0 }
p a.partition.with_index { |x, i| i.even? }, a.min_by(2) { (_1 - 5.5).abs }, a.sum.fdiv(a.size)
