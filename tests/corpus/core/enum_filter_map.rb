p (1..10).filter_map { |x| x * 2 if x.even? }
p [1, nil, 2, false, 3].filter_map { |x| x }
p [].filter_map { 1 }
p({a: 1, b: 2, c: 3}.filter_map { |k, v| k if v.odd? })
p %w[1 x 2 y].filter_map { Integer(_1, exception: false) }
