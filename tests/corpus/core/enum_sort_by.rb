words = %w[pear fig apple kiwi banana date]
p words.sort_by(&:size)
p words.sort_by { |w| [w.size, w] }
p words.sort_by { |w| -w.size }
p words.sort
p words.sort { |a, b| b <=> a }
p (1..10).sort_by { |x| [x % 3, -x] }
p({b: 2, a: 3, c: 1}.sort_by { |k, v| v })
p({b: 2, a: 3, c: 1}.sort)
p [].sort_by { 1 }
p [0.5, -1, 3r, 2].sort
