p Enumerator.produce(1) { |x| x * 2 }.take(8)
p Enumerator.produce([0, 1]) { |a, b| [b, a + b] }.take(6).map(&:first)
e = Enumerator.produce(10) { |x| raise StopIteration if x <= 7; x - 1 }
p e.to_a
p Enumerator.produce { 4 }.first(2) rescue p $!.class
