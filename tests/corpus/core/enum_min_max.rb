a = [5, 3, 9, 1, 7]
p a.min, a.max, a.minmax
p a.min(2), a.max(2), a.min(0), a.max(10)
p a.min { |x, y| y <=> x }, a.max { |x, y| (x % 4) <=> (y % 4) }
p [].min, [].max, [].minmax
p %w[pear fig apple].min, %w[pear fig apple].max
p (1..5).min, (1..5).max, (1...5).max, (1.0..2.5).max
p [1, 2.5, 2r].max, ["b", "a"].minmax
p({a: 2, b: 1}.min, {a: 2, b: 1}.max)
