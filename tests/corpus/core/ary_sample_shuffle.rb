a = (1..10).to_a
p a.shuffle(random: Random.new(42))
p a.sample(random: Random.new(42)), a.sample(3, random: Random.new(1)), a.sample(20, random: Random.new(2)).size
p [].sample(random: Random.new(1)), [].shuffle(random: Random.new(1)), [1].sample(random: Random.new(1))
b = a.dup
b.shuffle!(random: Random.new(7))
p b
p %w[a b c d].shuffle(random: Random.new(3)), %w[a b c d].sample(2, random: Random.new(3))
