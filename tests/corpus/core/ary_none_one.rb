p [1, 2].none?(String), [nil, 2].one?, [].all?(Integer)
p [].none?, [nil].none?, [nil, 1].one?, [1, 1].one?(1), [1, 2].none?(3..), %w[a b].one?(/a/), [nil, false].all?(&:!)
p [1, 2, 3].any?(2..2), [1, 2, 3].all?(Integer), [1, 2.0].all?(Integer), [[1]].any?([1]), [0].any?(&:zero?)
