words = %w[pear fig apple kiwi banana]
p words.min_by(&:size), words.max_by(&:size), words.minmax_by(&:size)
p words.min_by(2, &:size), words.max_by(2) { |w| w.size }
p [].min_by { 1 }, [].minmax_by { 1 }
h = {apple: 3, kiwi: 10, fig: 1}
p h.min_by { |k, v| v }, h.max_by { |_, v| v }
p h.sort_by { |_, v| -v }.first
p (1..10).min_by { |x| (x - 5.5).abs }
p [3, 1, 2].max_by.class
p %w[aa b cc d].max_by(&:size), %w[aa b cc d].min_by(&:size)
