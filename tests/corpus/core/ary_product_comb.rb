p [1, 2].product([3, 4]), [1, 2].product([3], [5, 6]), [1].product, [1, 2].product([])
p [1, 2, 3].combination(2).to_a, [1, 2, 3].combination(0).to_a, [1, 2].combination(3).to_a
p [1, 2, 3].permutation(2).to_a, [1, 2, 3].permutation.count, [1, 2].permutation(0).to_a
p [1, 2, 3].repeated_combination(2).to_a.size, [0, 1].repeated_permutation(2).to_a
p [1, 2, 3, 4].combination(2).select { _1.sum == 5 }, %w[a b c].permutation.map(&:join)
