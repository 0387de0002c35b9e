rng = Random.new(2024)
rolls = Array.new(600) { rng.rand(1..6) }
p rolls.tally.sort.to_h, rolls.sum, rolls.first(10), rolls.max, rolls.min
p rolls.each_slice(100).map(&:sum)
