srand(1234)
p 10.times.map { rand(6) + 1 }
p 3.times.map { rand.round(12) }
p rand(0), rand(1), rand(-5) rescue p $!
p Random::DEFAULT.class rescue p $!.class
