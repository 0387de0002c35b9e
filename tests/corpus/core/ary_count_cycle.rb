a = [1, 2, 2, 3, nil]
p a.count, a.count(2), a.count(nil), a.count(&:nil?), a.compact.count(&:odd?)
p a.compact.cycle.take(8), a.compact.cycle(2).to_a, [].cycle.to_a rescue p $!
r = []
[1, 2].cycle(2) { r << _1 }
p r
