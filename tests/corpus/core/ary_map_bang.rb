a = [1, 2, 3]
p a.map! { _1 * 10 }, a, a.collect!(&:to_s), a
b = [1, 2, 3, 4, 5, 6]
p b.slice!(1, 2), b, b.slice!(-1), b, b.slice!(1..), b, b.slice!(5), b.slice!(0, 0)
c = %w[a b c]
c.map!.with_index { |x, i| x * (i + 1) }
p c
