p [1, 2, 3].cycle.first(7)
r = []
[1, 2].cycle(2) { |x| r << x }
p r
p [].cycle { }, [1].cycle(0).to_a
p [1, 2].cycle(3).size, [1].cycle.size
p (1..3).each_entry.to_a
p [1, 2, 3].reverse_each.to_a
p [3, 1, 2].each.with_index(10).to_a
