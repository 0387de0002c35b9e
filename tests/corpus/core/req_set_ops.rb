require "set"
a = Set[3, 1, 2]
b = Set.new([2, 3, 4])
p a, b, a | b, a & b, a - b, a ^ b, a + [9]
p a.include?(1), a.member?(5), a === 2, a.size, a.empty?, Set.new.empty?
p a.subset?(Set[1, 2, 3, 4]), a <= a, a < a, Set[1] < a, a.superset?(Set[1]), a.disjoint?(Set[7])
p a.add?(1), a.add?(5).size, a.delete(5).size, a.to_a.sort, a.map { _1 * 2 }.class
p a == Set[1, 2, 3], a.eql?(Set[2, 3, 1]), { a => 1 }[Set[1, 2, 3]], a.min, a.sort, a.sum
p [1, 1, 2].to_set, (1..4).to_set { _1 % 2 }, Set.new("ab".each_char).to_a
s = Set[1, 2, 3, 4]
p s.select!(&:even?), s, s.reject! { false }, s.classify(&:odd?), s.frozen?, s.dup.add(8), s
p s.each { }.equal?(s), s.group_by(&:even?), s.partition(&:even?), Set[[1, 2]].to_a.flatten
