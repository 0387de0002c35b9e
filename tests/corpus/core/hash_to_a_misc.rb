h = {b: 2, a: 1}
p h.to_a, h.sort, h.flatten, {a: [1, [2]]}.flatten(2), h.invert, h.key(1), h.compact, h.any?, h.sum([])
p h.entries, h.zip([9, 8]), h.first(1), h.take(1), h.drop(1), h.each_slice(1).to_a, h.filter_map { _1 }
p h.min, h.max, h.sort.reverse, h.minmax, h.sort_by(&:last).to_h
p h.find_index([:a, 1]), h.include?(:a), h.to_a.include?([:a, 1]), h.uniq { _2 % 2 } rescue p $!
