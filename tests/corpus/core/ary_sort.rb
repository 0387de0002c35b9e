a = [5, 3, 8, 1, 9, 2]
p a.sort, a.sort { |x, y| y <=> x }, a.sort.reverse, a.max(2), a.min(3), a
b = a.dup
p b.sort!, b, b.sort_by! { -_1 }, b
p %w[pear Apple fig].sort, %w[pear Apple fig].sort_by(&:downcase), %w[bb a ccc].sort_by(&:size)
p [[2, "b"], [1, "z"], [2, "a"]].sort, [0.1, -1, 2r, 5].sort, [[1, 2], [1]].sort
ties = %w[ccc aa bb d e ff g hhh]
p ties.sort_by(&:size), ties.sort { |x, y| x.size <=> y.size }
p (1..20).to_a.sort_by { _1 % 3 }, (1..20).sort_by { _1 % 2 }
