p [1, 2, 3].shuffle(random: Random.new(3)), (1..10).to_a.shuffle(random: Random.new(42)), [1, 2, 3].sample(random: Random.new(3))
p (1..20).to_a.sample(5, random: Random.new(9)), %w[a b c d e].shuffle(random: Random.new(100))
srand(5)
p Random.rand(10), [1, 2, 3, 4].shuffle, [1, 2, 3, 4].sample, rand(100)
