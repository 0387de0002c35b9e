p [0.1] * 10 == Array.new(10, 0.1), ([0.1] * 10).sum, ([0.1] * 10).inject(:+)
p [0.1, 0.2, 0.3].sum, [0.1, 0.2, 0.3].inject(:+), [1e100, 1.0, -1e100].sum, [1e100, 1.0, -1e100].inject(:+)
p [3, 0.1, 0.2].sum, [0.1, 3, 0.2].sum, [0.1r, 0.2].sum, (1..10).sum { _1 * 0.1 }
p [Float::INFINITY, 1.0].sum, [Float::INFINITY, -Float::INFINITY].sum
