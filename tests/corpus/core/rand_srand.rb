srand(42)
p rand(100), rand, rand(1..6), rand(10), rand(2.5)
srand(42)
a = [rand(100), rand]
srand(42)
p a == [rand(100), rand]
p srand(7), srand(8)
p Random.rand(10), Random.rand
