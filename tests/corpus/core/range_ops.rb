r = (1..10)
p r.to_a.reverse.take(3), r.entries.last, r.count(&:even?), r.partition { _1 > 5 }, r.each_slice(3).to_a.last, r.reduce(:*)
p r.minmax
p (1..3).flat_map { [_1] * _1 }, (1..4).inject { |a, b| a * b }
p (1..3).eql?(1..3), (1..3).equal?(1..3), (1..3).frozen?, (1..3).dup.frozen?
p (1..10).bsearch { _1 * _1 >= 40 }, (1...10).include?(10), (1..10).tally.size, (1..4).each_with_object([]) { |i, a| a << i * i }
