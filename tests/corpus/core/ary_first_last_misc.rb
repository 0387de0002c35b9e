a = %w[a b c d e]
p a.first, a.last, a.first(2), a.last(2), a.minmax, a.take(3).last, a.drop(3).first, a.each_slice(2).to_a.last
p a.sample(0), a.shuffle(random: Random.new(0)).sort == a, a.cycle.lazy.map(&:upcase).first(7)
p a.each_cons(2).map(&:join), a.combination(4).count, a.permutation(2).first(3)
