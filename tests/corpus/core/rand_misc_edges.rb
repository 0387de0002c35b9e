r = Random.new(2024)
p r.rand(1.0..1.0), r.rand(3...4), r.rand(-5..-1), r.rand(0.5), r.rand(10**30), r.random_number(0), r.random_number(-3).class
p (r.rand(nil) rescue $!.message), (r.rand(1..0) rescue $!.message), (r.rand(-2.5) rescue $!.message), (r.rand("3") rescue $!.class)
srand(11)
p rand(nil).class, rand(0).class, rand(-3), rand(1..0), rand(2.9), rand(1.0...1.0)
srand(77)
a = (1..30).to_a
p a.sample(3), a.sample(12), a.sample, a.shuffle.first(5), a.dup.shuffle!(random: Random.new(1)).first(4), [].sample, [].sample(2)
p Random.new_seed.class, Random.new_seed > 2**64, Random.seed.class, srand.class
x = Random.new(5)
y = x.dup
p x.rand(100) == y.rand(100), x == Random.new(5), Random.new(5) == Random.new(6)
p Random.bytes(3).size, Random.new(9).bytes(5).bytes, Random.random_number(5).class
