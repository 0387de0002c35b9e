words = %w[one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty]
p words.sort_by(&:size)
p words.sort_by { _1.size % 3 }
p words.min_by(3, &:size), words.max_by(3, &:size)
p words.group_by(&:size).sort.map { |k, v| [k, v.size] }
