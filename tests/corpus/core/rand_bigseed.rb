r = Random.new(2**100 + 7)
p r.seed, 4.times.map { r.rand(100) }, r.rand
p Random.new(-5).rand(100), Random.new(-5).seed
srand(2**64)
p rand(1000), rand(2**40)
