p [1, 2, 2, 3, 1].uniq, [].uniq, [1, 1.0, 1r].uniq
p %w[Apple apple Banana BANANA].uniq(&:downcase)
p (1..10).uniq { |x| x % 3 }
p [[1, 2], [3, [4]]].flat_map { |x| x }
p [1, 2, 3].flat_map { |x| [x, -x] }
p [1, 2].flat_map { |x| x }
p({a: [1, 2], b: [3]}.flat_map { |k, v| v.map { |x| [k, x] } })
p [nil, [nil]].flat_map { _1 }
