e = [1, 2].each + [3] + (4..5)
p e.to_a, e.class
p [1].chain([2], [3]).map { _1 * 2 }
p e.size
c = [1, 2].each.with_index.with_index(10)
p c.to_a
p [1, 2, 3].each_slice(2).with_index.to_a
p Enumerator::Chain.instance_method(:size).owner
