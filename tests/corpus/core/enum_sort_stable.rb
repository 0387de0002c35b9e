data = [["b", 2], ["a", 1], ["c", 2], ["d", 1], ["e", 2], ["f", 1]]
p data.sort_by { |_, n| n }.map(&:first)
p data.min_by(2) { |_, n| n }.map(&:first)
p data.max_by { |_, n| n }
p data.sort { |x, y| x[1] <=> y[1] }.map(&:first).size
p data.group_by(&:last).transform_values { |v| v.map(&:first) }
p data.sort_by(&:last).chunk_while { _1.last == _2.last }.map(&:size)
