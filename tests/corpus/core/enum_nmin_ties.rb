# min(n)/max_by(n) keep CRuby's nmin_run order on ties; sort_by is stable (glibc msort)
a = [3, 7, 1, 9, 4, 4, 0, 8, 2, 6, 5, 3, 9, 1, 7, 0, 2, 8, 6, 5] * 3
w = a.each_with_index.map { |x, i| [x % 5, i] }
p a.min(7), a.max(7), a.min_by(9) { _1 % 3 }, a.max_by(9) { _1 % 4 }
p w.min(5) { |x, y| x[0] <=> y[0] }, w.max(5) { |x, y| x[0] <=> y[0] }
p w.sort_by(&:first).first(12), w.min_by(12, &:first), w.max_by(12, &:first)
p w.minmax_by(&:first), w.minmax { |x, y| x[0] <=> y[0] }
p (1..50).min(4) { |x, y| (x % 7) <=> (y % 7) }, (1..50).max_by(6) { _1 % 5 }
p a.tally.sort_by { |k, v| -v }.first(3), a.each_cons(25).count
