text = "the cat and the hat and the bat"
counts = Hash.new(0)
text.split.each { counts[_1] += 1 }
p counts
p counts.sort_by { |w, c| [-c, w] }.first(3)
p counts.max_by(&:last), counts.select { _2 > 1 }.keys, counts.sum { _2 }, counts.values.tally
p text.split.tally == counts, text.split.group_by(&:size).transform_values(&:size)
