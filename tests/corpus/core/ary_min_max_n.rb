a = [5, 1, 4, 2, 3]
p a.min(2), a.max(2), a.min(0), a.max(9), a.minmax, a.min { |x, y| y <=> x }, a.max_by { -_1 }
p %w[bb a ccc].max(2), %w[bb a ccc].min_by(2, &:size), [].min(2), [[1, 2], [1, 1]].min
p [1, 2.5, 3r].max, [1, 2.5, 3r].min, ["b", "B"].max
