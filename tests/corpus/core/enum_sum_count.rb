p [1, 2, 3].sum, [].sum, [1.5, 2].sum, [1, 2].sum(10), [[1], [2]].sum([])
p ["a", "b"].sum(""), (1..100).sum, (1..10).sum { |x| x * x }
p [1r/3, 2r/3].sum, [1, 2r].sum, [1, 2i].sum
p [1, 2, 2, 3].count, [1, 2, 2, 3].count(2), [1, 2, 2, 3].count(&:even?)
p (1..10).count(&:odd?), {a: 1, b: 2}.count, {a: 1}.count { |k, v| v > 5 }
p [nil, false, 1].count(nil)
p [0.1] * 3 == [0.1, 0.1, 0.1], ([0.1] * 3).sum, [0.1, 0.2, 0.3].sum
p [1e100, 1.0, -1e100].sum
