p [1, 2].all?(Integer), [1, "a"].any?(String), [1, 2].none?(String), [1, 2].one?(1)
p [].all?, [].any?, [].none?, [].one?
p [nil, false].any?, [nil, 1].all?, [nil, false].none?, [nil, 1].one?
p (1..5).all? { |x| x > 0 }, (1..5).any? { |x| x > 4 }, (1..5).one?(3..4), (1..5).none?(10..)
p %w[ant bear cat].any?(/d/), %w[ant bear cat].all?(/a/)
p({a: 1}.any? { |k, v| v == 1 }, {}.all?, {a: 1}.all?([:a, 1]))
