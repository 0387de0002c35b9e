p (1..100).sum, (1..10**10).sum, (1...101).sum, (1..100).sum { _1 * 2 }
p((1.0..3.0).sum) rescue p $!.class
p (1..10).size, (1...10).size, (1.0..10).size, (1..10.5).size, (1..Float::INFINITY).size, (1..).size, ("a".."z").size
p (0..0).size, (1..0).size, (-5..5).size, (1..10**30).size
p (1..2.5).to_a
p((1.0..3).size)
