p [1, 2, 3].each.size, (1..10).each_slice(3).size, loop.size
p (1..Float::INFINITY).each.size, "abc".each_char.size, 5.times.size
p 1.upto(4).size, 10.downto(1).size, 1.step(10, 3).size
p({a: 1}.each.size, [1, 2].cycle.size, [].cycle.size)
p Enumerator.new { }.size, Enumerator.new(-> { 42 }) { }.size
p "a\nb".each_line.size, [3, 4].each_with_index.size, [1,2,3].combination(2).size
