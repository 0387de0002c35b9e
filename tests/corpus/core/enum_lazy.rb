p (1..Float::INFINITY).lazy.map { |x| x * 2 }.select { |x| x % 3 == 0 }.first(3)
p (1..20).lazy.select(&:even?).map { _1 * 10 }.take(3).to_a
p (1..3).lazy.map { |x| x + 1 }.force
e = (1..Float::INFINITY).lazy.map { |x| x * x }
p e.class
p e.first, e.first(4)
p (1..Float::INFINITY).lazy.reject(&:odd?).take_while { |x| x < 10 }.to_a
p [4, 5].lazy.filter_map { |x| x * 2 if x.odd? }.to_a
p (1..3).lazy.flat_map { |x| [x, x] }.to_a
p (1..Float::INFINITY).lazy.map { _1 * 3 }.drop(2).first(2)
