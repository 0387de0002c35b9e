r = (1..4).lazy.map { |x| puts "map #{x}"; x * 2 }.select { |x| puts "sel #{x}"; x > 4 }.first(1)
p r
r = (1..4).map { |x| puts "map #{x}"; x * 2 }.select { |x| puts "sel #{x}"; x > 4 }.first(1)
p r
l = [1, 2, 3].lazy.map { _1 * 10 }
p l.eager.class rescue p $!
p l.to_a, l.uniq.to_a, l.zip(4..6).to_a
p (1..Float::INFINITY).lazy.with_index.map { |x, i| x * i }.first(3)
