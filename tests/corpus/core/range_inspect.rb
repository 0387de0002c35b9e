p (1..2), (1...2), ("a".."b"), (1.5..2.5), (nil..1), (1..nil), (nil..nil), (:a..:c), ([1]..[2])
puts (1..2), (1...2), (1..), ("a".."b")
p (1..2).to_s, (1..2).inspect, ("a".."b").to_s, ("a".."b").inspect, ((1..2)..(3..4)) rescue p $!.message
p Range.new(1, 5), Range.new(1, 5, true), Range.new(1, 5).frozen?, (1..2).hash == (1..2).hash, (1..2) == (1..2), (1..2).eql?(1..2.0)
