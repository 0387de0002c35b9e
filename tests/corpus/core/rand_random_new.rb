r = Random.new(1)
p r.rand(10), r.rand(10), r.rand, r.rand(1.5), r.rand(3..9), r.rand(1.0..2.0), r.seed, r.bytes(4)
p Random.new(1).rand(10) == Random.new(1).rand(10), Random.new(2**70).rand(1000), Random.new(0).rand(100)
r2 = Random.new(123)
p 5.times.map { r2.rand(1000) }
p Random.new(5) == Random.new(5), Random.new(5).rand(2**70)
