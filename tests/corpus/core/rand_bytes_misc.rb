r = Random.new(10)
p r.bytes(8).bytes, r.bytes(0), r.rand(1r..2r) rescue p $!.class
p Random.new(10).random_number(50), Random.new(10).random_number, Random.new(11).rand(100..200)
