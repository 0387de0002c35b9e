a = (0..20).to_a
p a.each_slice(5).map(&:first), (0...a.size).step(7).map { a[_1] }, a.values_at(*(0..20).step(10)), a.select.with_index { _2 % 5 == 0 }
p a.each_index.select(&:odd?).size, a.find_index(7), a.index { _1 > 18 }, a.rindex { _1 < 3 }, a.bsearch { _1 >= 13 }
