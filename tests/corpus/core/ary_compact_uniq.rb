p [1, nil, 2, nil].compact, [nil].compact, [].compact, [[nil]].compact
a = [3, 1, 3, 2, 1]
p a.uniq, a.uniq { _1 % 2 }, a
b = a.dup
p b.uniq!, b, b.uniq!, [nil, 1].compact!, [1].compact!
p [1.0, 1, 1r].uniq, ["a", "A"].uniq(&:downcase), [[1, 2], [1, 2]].uniq
p %w[apple avocado banana blueberry cherry].uniq { _1[0] }
